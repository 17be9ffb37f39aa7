package org.kam.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fixed set of provinces and cities (see {@code regions/README.md}), loaded once from
 * the snapshot on the class path. Free text resolves to a code whether it is the code,
 * the full or short Chinese name or the English name, in any case: 440000, 广东省, 广东,
 * Guangdong and guangdong are all Guangdong.
 */
@Component
public class Regions {

	static final String SNAPSHOT = "regions/gbt2260.csv";

	/** Other names that people use for a region, by code. */
	private static final Map<String, List<String>> ALIASES = Map.of("540000", List.of("Tibet", "Xicang"), "810000",
			List.of("Xianggang", "HK"), "820000", List.of("Macau", "Aomen"), "150000", List.of("Neimenggu"));

	private final Map<String, Region> byCode = new LinkedHashMap<>();

	private final List<Region> provinces = new ArrayList<>();

	private final Map<String, List<Region>> cities = new LinkedHashMap<>();

	public Regions() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(SNAPSHOT).getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank()) {
					add(line.split(",", -1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + SNAPSHOT, e);
		}
	}

	private void add(String[] f) {
		boolean province = "province".equals(f[1]);
		Region region = new Region(f[0], province, province ? f[0] : f[2], f[3], f[4], f[5]);
		byCode.put(region.code(), region);
		if (province) {
			provinces.add(region);
		}
		else {
			cities.computeIfAbsent(region.provinceCode(), k -> new ArrayList<>()).add(region);
		}
	}

	public Optional<Region> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
	}

	/** All provinces, in code order (north to south-west, as in GB/T 2260). */
	public List<Region> provinces() {
		return List.copyOf(provinces);
	}

	/** The cities of a province (none for an unknown code, Hong Kong, Macao, Taiwan). */
	public List<Region> cities(String provinceCode) {
		return provinceCode == null ? List.of() : List.copyOf(cities.getOrDefault(provinceCode.trim(), List.of()));
	}

	/** The province that {@code text} names, if any. */
	public Optional<Region> province(String text) {
		return only(matching(text, provinces));
	}

	/**
	 * The city that {@code text} names, among the cities of {@code provinceCode} when it
	 * is given, else among all cities when only one has that name (苏州 yes, Suzhou no: 江苏
	 * and 安徽 both have one).
	 */
	public Optional<Region> city(String text, String provinceCode) {
		List<Region> among = provinceCode == null ? byCode.values().stream().filter(r -> !r.province()).toList()
				: cities(provinceCode);
		return only(matching(text, among));
	}

	/**
	 * The name of a code in the language of {@code locale}; the code itself if unknown.
	 */
	public String name(String code, Locale locale) {
		return find(code).map(r -> r.name(locale)).orElse(code);
	}

	private static Optional<Region> only(List<Region> found) {
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	private static List<Region> matching(String text, List<Region> among) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String wanted = comparable(text);
		List<Region> found = new ArrayList<>();
		for (Region r : among) {
			if (names(r).stream().anyMatch(n -> comparable(n).equals(wanted))) {
				found.add(r);
			}
		}
		return found;
	}

	private static List<String> names(Region r) {
		List<String> names = new ArrayList<>(List.of(r.code(), r.name(), r.shortName(), r.englishName()));
		names.addAll(ALIASES.getOrDefault(r.code(), List.of()));
		return names;
	}

	/** Case, width, spaces, apostrophes and hyphens do not matter: "xi an" is Xi'an. */
	static String comparable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s'’\\-]", "");
	}

}
