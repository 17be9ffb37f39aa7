package org.kam.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kam.account.AccountStatus;
import org.kam.account.DecisionRole;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;
import org.kam.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English and Chinese message bundles say the same things: same keys, no empty texts,
 * every enum named.
 */
class MessageBundlesTests {

	private static final Properties EN = load("messages_en.properties");

	private static final Properties ZH = load("messages_zh_CN.properties");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : MessageBundles.basenames()) {
			Properties en = load(basename + "_en.properties");
			Properties zh = load(basename + "_zh_CN.properties");
			Set<String> missingInChinese = new TreeSet<>(en.stringPropertyNames());
			missingInChinese.removeAll(zh.stringPropertyNames());
			Set<String> missingInEnglish = new TreeSet<>(zh.stringPropertyNames());
			missingInEnglish.removeAll(en.stringPropertyNames());
			if (!missingInChinese.isEmpty()) {
				problems.add(basename + "_zh_CN lacks " + missingInChinese);
			}
			if (!missingInEnglish.isEmpty()) {
				problems.add(basename + "_en lacks " + missingInEnglish);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noValueIsBlank() throws IOException {
		List<String> blank = new ArrayList<>();
		for (String basename : MessageBundles.basenames()) {
			for (String language : List.of("_en", "_zh_CN")) {
				Properties bundle = load(basename + language + ".properties");
				for (String key : bundle.stringPropertyNames()) {
					if (bundle.getProperty(key).isBlank()) {
						blank.add(basename + language + ": " + key);
					}
				}
			}
		}
		assertThat(blank).as("blank messages").isEmpty();
	}

	@Test
	void noKeyIsDefinedByTwoBundles() throws IOException {
		Map<String, String> owner = new HashMap<>();
		List<String> twice = new ArrayList<>();
		for (String basename : MessageBundles.basenames()) {
			for (String key : load(basename + "_en.properties").stringPropertyNames()) {
				String first = owner.putIfAbsent(key, basename);
				if (first != null) {
					twice.add(key + " in " + first + " and " + basename);
				}
			}
		}
		assertThat(twice).as("a key must live in one bundle, or one silently hides the other").isEmpty();
	}

	@Test
	void noKeyIsDefinedTwiceInOneFile() throws IOException {
		List<String> twice = new ArrayList<>();
		for (String basename : MessageBundles.basenames()) {
			for (String language : List.of("_en", "_zh_CN")) {
				String name = basename + language + ".properties";
				// Properties.load keeps the last of two equal keys: a label and an error
				// message once shared one, and the label showed the error
				Properties recording = new Properties() {
					@Override
					public synchronized Object put(Object key, Object value) {
						if (containsKey(key)) {
							twice.add(name + ": " + key);
						}
						return super.put(key, value);
					}
				};
				try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name);
						Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
					recording.load(reader);
				}
			}
		}
		assertThat(twice).as("keys defined twice in one file").isEmpty();
	}

	@Test
	void everyModuleBundleIsFoundOnTheClasspath() throws IOException {
		assertThat(MessageBundles.basenames()).first().isEqualTo("messages");
	}

	@Test
	void everyEnumConstantHasItsLabelInBothLanguages() {
		List<String> keys = new ArrayList<>();
		keys(keys, "status.", AccountStatus.values());
		keys(keys, "urgency.", Urgency.values());
		keys(keys, "tier.", Tier.values());
		keys(keys, "sizeBand.", SizeBand.values());
		keys(keys, "decisionRole.", DecisionRole.values());
		keys(keys, "role.", Role.values());

		assertThat(keys.stream().filter(key -> !EN.containsKey(key)).toList()).as("missing in messages_en").isEmpty();
		assertThat(keys.stream().filter(key -> !ZH.containsKey(key)).toList()).as("missing in messages_zh_CN")
			.isEmpty();
	}

	@Test
	void chineseStatusAndUrgencyUseTheBusinessTerms() {
		assertThat(ZH.getProperty("status.COOPERATING")).isEqualTo("合作");
		assertThat(ZH.getProperty("status.INTENDED")).isEqualTo("意向");
		assertThat(ZH.getProperty("status.POTENTIAL")).isEqualTo("潜在");
		assertThat(ZH.getProperty("status.TERMINATED")).isEqualTo("终止合作");
		assertThat(ZH.getProperty("urgency.URGENT")).isEqualTo("紧急");
		assertThat(ZH.getProperty("urgency.DEFERRED")).isEqualTo("缓处理");
		assertThat(ZH.getProperty("urgency.CAN_WAIT")).isEqualTo("可等待");
	}

	private static void keys(List<String> keys, String prefix, Enum<?>[] constants) {
		for (Enum<?> constant : constants) {
			keys.add(prefix + constant.name());
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name + " on the classpath").isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}

}
