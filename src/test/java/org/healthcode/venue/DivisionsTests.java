package org.healthcode.venue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionsTests {

	private final Divisions divisions = new Divisions();

	@Test
	void shandongHasItsSixteenCitiesAndTheirCountyLevelDivisions() {
		List<Division> cities = this.divisions.cities();

		assertThat(cities).hasSize(16).allSatisfy(city -> {
			assertThat(city.parentCode()).isEqualTo("370000");
			assertThat(city.code()).startsWith("37").endsWith("00");
			assertThat(this.divisions.childrenOf(city.code())).isNotEmpty()
				.allSatisfy(county -> assertThat(county.code()).startsWith(city.code().substring(0, 4)))
				.allMatch(Division::countyLevel);
		});
		assertThat(cities).extracting(Division::name)
			.containsExactly("济南市", "青岛市", "淄博市", "枣庄市", "东营市", "烟台市", "潍坊市", "济宁市", "泰安市", "威海市", "日照市", "临沂市", "德州市",
					"聊城市", "滨州市", "菏泽市");
		assertThat(cities.stream().mapToInt(city -> this.divisions.childrenOf(city.code()).size()).sum())
			.isEqualTo(136);
		assertThat(this.divisions.childrenOf("370100")).extracting(Division::name)
			.containsExactly("历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县");
	}

	@Test
	void aVenueSitsInACountyLevelDivision() {
		assertThat(this.divisions.findCounty("370102")).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("历下区"));
		assertThat(this.divisions.findCounty("371503")).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("茌平区"));
		assertThat(this.divisions.findCounty("370100")).isEmpty();
		assertThat(this.divisions.findCounty("370000")).isEmpty();
		assertThat(this.divisions.findCounty("370684")).as("蓬莱市 became 蓬莱区 370614 in 2020").isEmpty();
		assertThat(this.divisions.findCounty(null)).isEmpty();
	}

	@Test
	void fullNamesRunFromTheProvinceDown() {
		assertThat(this.divisions.fullName("370102")).isEqualTo("山东省济南市历下区");
		assertThat(this.divisions.fullName("371728")).isEqualTo("山东省菏泽市东明县");
		assertThat(this.divisions.fullName("370100")).isEqualTo("山东省济南市");
	}

}
