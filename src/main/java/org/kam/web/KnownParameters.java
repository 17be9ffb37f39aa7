package org.kam.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kam.shared.InvalidInputException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.RequestParamMapMethodArgumentResolver;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * An API request with a parameter its operation does not read is refused with 400 naming
 * it, so that a misspelt or unsupported filter ({@code ?acountId=}) never silently
 * returns everything. The parameters an operation reads are taken from its handler
 * method, asking Spring's own argument resolvers what each argument binds: a request
 * parameter's name, or every property of a bound query object. A new filter is therefore
 * accepted as soon as a handler reads it; no list is kept by hand.
 */
class KnownParameters implements HandlerInterceptor {

	/** Read by the security filters, not by handlers. */
	private static final Set<String> ALWAYS = Set.of("_csrf");

	/** An operation that takes a map of all parameters reads whatever comes. */
	private static final Set<String> ANY = Collections.unmodifiableSet(new TreeSet<>(Set.of("*")));

	private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

	private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

	KnownParameters(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
		this.adapter = adapter;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Set<String> allowed = known.computeIfAbsent(method, this::parametersOf);
		if (allowed == ANY) {
			return true;
		}
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		for (String name : request.getParameterMap().keySet()) {
			if (!ALWAYS.contains(name) && !allowed.contains(root(name))) {
				String names = allowed.isEmpty() ? "-" : String.join(", ", allowed);
				problems.add(new InvalidInputException.Problem(name, "validation.parameter.unknown", List.of(names),
						"is not a parameter of this operation (it accepts: " + names + ")"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return true;
	}

	private Set<String> parametersOf(HandlerMethod method) {
		List<HandlerMethodArgumentResolver> resolvers = adapter.getObject().getArgumentResolvers();
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			HandlerMethodArgumentResolver resolver = resolvers == null ? null
					: resolvers.stream().filter(r -> r.supportsParameter(parameter)).findFirst().orElse(null);
			if (resolver instanceof RequestParamMapMethodArgumentResolver) {
				return ANY;
			}
			if (resolver instanceof RequestParamMethodArgumentResolver) {
				RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
				String name = annotation == null ? ""
						: annotation.name().isEmpty() ? annotation.value() : annotation.name();
				name = name.isEmpty() ? parameter.getParameterName() : name;
				if (name != null) {
					names.add(name);
				}
			}
			else if (resolver instanceof ModelAttributeMethodProcessor) {
				names.addAll(properties(parameter.getParameterType()));
			}
		}
		return names;
	}

	private static Set<String> properties(Class<?> type) {
		Set<String> names = new TreeSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		return names;
	}

	/** {@code lines[0].amount} binds through {@code lines}. */
	private static String root(String name) {
		int end = name.length();
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) == '.' || name.charAt(i) == '[') {
				end = i;
				break;
			}
		}
		return name.substring(0, end);
	}

}
