package org.healthcode.venue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The six groups of venues the 场所码 applies to (山东省 2022 notice), each with a default
 * contact window: how far apart two check-ins at one venue may be and still count as
 * contact when tracing. Labels are in the message bundles under
 * {@code venue.category.<NAME>}.
 */
public enum VenueCategory {

	/** 党政机关、事业单位、政务服务大厅、学校、医院、图书馆、博物馆、文化馆、养老服务机构等场所. */
	PUBLIC_SERVICE(60),

	/** 餐饮单位、宾馆、酒店、民宿、商场、超市、农贸市场、药店、文化娱乐、旅游景点等场所. */
	CATERING_LODGING_RETAIL(120),

	/** 各类企业，各交通站点、交通场站出入口等场所及各类公共交通工具. */
	ENTERPRISE_TRANSPORT(30),

	/** 冷链食品、物流快递等重点生产、加工、运输等场所. */
	COLD_CHAIN_LOGISTICS(120),

	/** 居民小区、建筑工地等场所. */
	COMMUNITY_CONSTRUCTION(60),

	/** 其他向社会提供公共服务和经营性服务、人员出入较多的场所. */
	OTHER_CROWDED(60);

	private final int contactWindowMinutes;

	VenueCategory(int contactWindowMinutes) {
		this.contactWindowMinutes = contactWindowMinutes;
	}

	public int defaultContactWindowMinutes() {
		return this.contactWindowMinutes;
	}

	public List<VenueSubtype> subtypes() {
		return Stream.of(VenueSubtype.values()).filter(subtype -> subtype.category() == this).toList();
	}

	public String messageKey() {
		return "venue.category." + name();
	}

	public static Optional<VenueCategory> find(String name) {
		return Stream.of(values()).filter(category -> category.name().equals(name)).findFirst();
	}

}
