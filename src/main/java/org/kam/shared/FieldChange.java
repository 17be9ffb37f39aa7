package org.kam.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One field of a {@link RecordChanged}: its name (the record component's, as in the API)
 * and its old and new values as text, null where there is none. Text keeps the event the
 * same after it is stored and read back (a number or a date read back as JSON would not
 * be), and is what an audit shows.
 */
public record FieldChange(String field, String oldValue, String newValue) {

	/**
	 * Bookkeeping and values derived from others, never a change of their own:
	 * {@link RecordChanged} says who and when, and the id and the account.
	 */
	private static final Set<String> NOT_FIELDS = Set.of("id", "accountId", "version", "createdAt", "createdBy",
			"updatedAt", "updatedBy", "accountName", "accountTier", "breaching", "overdue", "hiddenAccounts",
			"accounts", "storageKey");

	/**
	 * The fields that differ between two states of a record, compared as text; either may
	 * be null (created: every new value; deleted: every old value). Both are Java records
	 * of the same type, usually what the service reads back before and after the write.
	 */
	public static List<FieldChange> between(Record before, Record after) {
		Map<String, String> old = values(before);
		Map<String, String> now = values(after);
		List<FieldChange> changes = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>(now.isEmpty() ? old : now);
		fields.putAll(old);
		for (String field : fields.keySet()) {
			String was = old.get(field);
			String is = now.get(field);
			if (!Objects.equals(was, is)) {
				changes.add(new FieldChange(field, was, is));
			}
		}
		return changes;
	}

	private static Map<String, String> values(Record state) {
		Map<String, String> values = new LinkedHashMap<>();
		if (state == null) {
			return values;
		}
		for (RecordComponent component : state.getClass().getRecordComponents()) {
			if (!NOT_FIELDS.contains(component.getName())) {
				values.put(component.getName(), text(read(component, state)));
			}
		}
		return values;
	}

	private static Object read(RecordComponent component, Record state) {
		try {
			// records of a module's domain package are package-private
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(state);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("Cannot read " + component, e);
		}
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof Collection<?> c) {
			return c.isEmpty() ? null : c.stream().map(FieldChange::text).collect(Collectors.joining(", ", "[", "]"));
		}
		return value.toString();
	}

}
