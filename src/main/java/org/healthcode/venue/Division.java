package org.healthcode.venue;

/**
 * An administrative division with its GB/T 2260 code.
 *
 * @param code six digits, e.g. {@code 370102}
 * @param name official name, e.g. {@code 历下区}
 * @param parentCode the enclosing division, null for a province
 * @param level 1 province, 2 prefecture-level city, 3 county-level (district, county,
 * county-level city)
 */
public record Division(String code, String name, String parentCode, int level) {

	public static final int PROVINCE = 1;

	public static final int CITY = 2;

	public static final int COUNTY = 3;

	public boolean countyLevel() {
		return this.level == COUNTY;
	}

}
