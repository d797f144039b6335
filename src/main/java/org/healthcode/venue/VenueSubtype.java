package org.healthcode.venue;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of venue within each {@link VenueCategory}, named as in the 2022 notice. A
 * subtype may override its group's contact window (shops within the catering group:
 * people stay shorter). Labels are in the message bundles under
 * {@code venue.subtype.<NAME>}.
 */
public enum VenueSubtype {

	PARTY_GOVERNMENT_ORGAN(VenueCategory.PUBLIC_SERVICE), // 党政机关
	PUBLIC_INSTITUTION(VenueCategory.PUBLIC_SERVICE), // 事业单位
	GOVERNMENT_SERVICE_HALL(VenueCategory.PUBLIC_SERVICE), // 政务服务大厅
	SCHOOL(VenueCategory.PUBLIC_SERVICE, 120), // 学校
	HOSPITAL(VenueCategory.PUBLIC_SERVICE, 120), // 医院
	LIBRARY(VenueCategory.PUBLIC_SERVICE), // 图书馆
	MUSEUM(VenueCategory.PUBLIC_SERVICE), // 博物馆
	CULTURAL_CENTER(VenueCategory.PUBLIC_SERVICE), // 文化馆
	ELDERLY_CARE(VenueCategory.PUBLIC_SERVICE, 120), // 养老服务机构

	CATERING(VenueCategory.CATERING_LODGING_RETAIL), // 餐饮单位
	GUESTHOUSE(VenueCategory.CATERING_LODGING_RETAIL), // 宾馆
	HOTEL(VenueCategory.CATERING_LODGING_RETAIL), // 酒店
	HOMESTAY(VenueCategory.CATERING_LODGING_RETAIL), // 民宿
	SHOPPING_MALL(VenueCategory.CATERING_LODGING_RETAIL, 60), // 商场
	SUPERMARKET(VenueCategory.CATERING_LODGING_RETAIL, 60), // 超市
	FARMERS_MARKET(VenueCategory.CATERING_LODGING_RETAIL, 60), // 农贸市场
	PHARMACY(VenueCategory.CATERING_LODGING_RETAIL, 60), // 药店
	ENTERTAINMENT(VenueCategory.CATERING_LODGING_RETAIL), // 文化娱乐
	SCENIC_SPOT(VenueCategory.CATERING_LODGING_RETAIL), // 旅游景点

	ENTERPRISE(VenueCategory.ENTERPRISE_TRANSPORT, 120), // 企业
	TRANSPORT_STATION(VenueCategory.ENTERPRISE_TRANSPORT), // 交通站点
	TRANSPORT_HUB_ENTRANCE(VenueCategory.ENTERPRISE_TRANSPORT), // 交通场站出入口
	PUBLIC_TRANSPORT_VEHICLE(VenueCategory.ENTERPRISE_TRANSPORT), // 公共交通工具

	COLD_CHAIN_PROCESSING(VenueCategory.COLD_CHAIN_LOGISTICS), // 冷链食品生产加工
	COLD_CHAIN_STORAGE_TRANSPORT(VenueCategory.COLD_CHAIN_LOGISTICS), // 冷链食品储存运输
	LOGISTICS_EXPRESS(VenueCategory.COLD_CHAIN_LOGISTICS), // 物流快递

	RESIDENTIAL_COMMUNITY(VenueCategory.COMMUNITY_CONSTRUCTION), // 居民小区
	CONSTRUCTION_SITE(VenueCategory.COMMUNITY_CONSTRUCTION, 120), // 建筑工地

	OTHER_PUBLIC_SERVICE(VenueCategory.OTHER_CROWDED), // 其他公共服务场所
	OTHER_COMMERCIAL_SERVICE(VenueCategory.OTHER_CROWDED); // 其他经营性服务场所

	private final VenueCategory category;

	private final int contactWindowMinutes;

	VenueSubtype(VenueCategory category) {
		this(category, category.defaultContactWindowMinutes());
	}

	VenueSubtype(VenueCategory category, int contactWindowMinutes) {
		this.category = category;
		this.contactWindowMinutes = contactWindowMinutes;
	}

	public VenueCategory category() {
		return this.category;
	}

	public int defaultContactWindowMinutes() {
		return this.contactWindowMinutes;
	}

	public String messageKey() {
		return "venue.subtype." + name();
	}

	public static Optional<VenueSubtype> find(String name) {
		return Stream.of(values()).filter(subtype -> subtype.name().equals(name)).findFirst();
	}

}
