package org.healthcode.venue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The administrative divisions a venue can be in, read once from
 * {@code venue/divisions-gbt2260.csv} (its header names the source and its date). A venue
 * sits in a county-level division.
 */
@Component
public class Divisions {

	static final String RESOURCE = "venue/divisions-gbt2260.csv";

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final Map<String, Division> byCode;

	Divisions() {
		this.byCode = load();
	}

	public Optional<Division> find(String code) {
		return Optional.ofNullable(code).map(this.byCode::get);
	}

	/** The division of a venue: a known county-level code. */
	public Optional<Division> findCounty(String code) {
		return find(code).filter(Division::countyLevel);
	}

	/** Every division, province first. */
	public List<Division> all() {
		return List.copyOf(this.byCode.values());
	}

	public List<Division> cities() {
		return this.byCode.values().stream().filter(division -> division.level() == Division.CITY).toList();
	}

	public List<Division> childrenOf(String parentCode) {
		return this.byCode.values().stream().filter(division -> parentCode.equals(division.parentCode())).toList();
	}

	/** Full name from the province down, e.g. {@code 山东省济南市历下区}. */
	public String fullName(String code) {
		List<String> names = new ArrayList<>();
		Division division = this.byCode.get(code);
		while (division != null) {
			names.add(0, division.name());
			division = division.parentCode() != null ? this.byCode.get(division.parentCode()) : null;
		}
		return String.join("", names);
	}

	private static Map<String, Division> load() {
		Map<String, Division> divisions = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				Division division = parse(line);
				if (divisions.put(division.code(), division) != null) {
					throw new IllegalStateException("Duplicate division code in " + RESOURCE + ": " + division.code());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + RESOURCE, ex);
		}
		divisions.values().forEach(division -> {
			if (division.parentCode() != null && !divisions.containsKey(division.parentCode())) {
				throw new IllegalStateException("Division " + division.code() + " has an unknown parent");
			}
		});
		return Collections.unmodifiableMap(divisions);
	}

	private static Division parse(String line) {
		String[] fields = line.split(",", -1);
		if (fields.length != 4 || !CODE.matcher(fields[0]).matches()
				|| !(fields[2].isEmpty() || CODE.matcher(fields[2]).matches())) {
			throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
		}
		return new Division(fields[0], fields[1].strip(), fields[2].isEmpty() ? null : fields[2],
				Integer.parseInt(fields[3].strip()));
	}

}
