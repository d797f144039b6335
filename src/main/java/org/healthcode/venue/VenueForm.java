package org.healthcode.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application form of the page, as typed. Converted to an {@link ApplyVenueRequest}
 * so the page and the API share one set of rules; the category follows from the chosen
 * subtype.
 */
class VenueForm {

	/**
	 * Request property paths → form field names, to show each error next to its field.
	 */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "name"), Map.entry("category", "subtype"),
			Map.entry("subtype", "subtype"), Map.entry("divisionCode", "divisionCode"), Map.entry("address", "address"),
			Map.entry("location.lat", "lat"), Map.entry("location.lng", "lng"),
			Map.entry("manager.name", "managerName"), Map.entry("manager.phone", "managerPhone"),
			Map.entry("manager.idNumber", "managerIdNumber"));

	private String name = "";

	private String subtype = "";

	private String divisionCode = "";

	private String address = "";

	private String lat = "";

	private String lng = "";

	private String managerName = "";

	private String managerPhone = "";

	private String managerIdNumber = "";

	private boolean confirmDuplicate;

	/** Coordinate fields that hold something other than a number. */
	List<String> unreadableNumbers() {
		List<String> fields = new ArrayList<>();
		if (!readable(this.lat)) {
			fields.add("lat");
		}
		if (!readable(this.lng)) {
			fields.add("lng");
		}
		return fields;
	}

	private static boolean readable(String text) {
		try {
			number(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** The request; call after {@link #unreadableNumbers()} found none. */
	ApplyVenueRequest toRequest() {
		String category = VenueSubtype.find(this.subtype).map(found -> found.category().name()).orElse("");
		ApplyVenueRequest.Location location = null;
		if (!blank(this.lat) || !blank(this.lng)) {
			location = new ApplyVenueRequest.Location(number(this.lat), number(this.lng));
		}
		return new ApplyVenueRequest(this.name, category, this.subtype, this.divisionCode, this.address, location,
				new ApplyVenueRequest.Manager(this.managerName, this.managerPhone, this.managerIdNumber),
				this.confirmDuplicate);
	}

	/** A coordinate as typed; null when empty. */
	private static Double number(String text) {
		return blank(text) ? null : Double.valueOf(text.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSubtype() {
		return this.subtype;
	}

	public void setSubtype(String subtype) {
		this.subtype = subtype;
	}

	public String getDivisionCode() {
		return this.divisionCode;
	}

	public void setDivisionCode(String divisionCode) {
		this.divisionCode = divisionCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getLat() {
		return this.lat;
	}

	public void setLat(String lat) {
		this.lat = lat;
	}

	public String getLng() {
		return this.lng;
	}

	public void setLng(String lng) {
		this.lng = lng;
	}

	public String getManagerName() {
		return this.managerName;
	}

	public void setManagerName(String managerName) {
		this.managerName = managerName;
	}

	public String getManagerPhone() {
		return this.managerPhone;
	}

	public void setManagerPhone(String managerPhone) {
		this.managerPhone = managerPhone;
	}

	public String getManagerIdNumber() {
		return this.managerIdNumber;
	}

	public void setManagerIdNumber(String managerIdNumber) {
		this.managerIdNumber = managerIdNumber;
	}

	public boolean isConfirmDuplicate() {
		return this.confirmDuplicate;
	}

	public void setConfirmDuplicate(boolean confirmDuplicate) {
		this.confirmDuplicate = confirmDuplicate;
	}

	@Override
	public String toString() {
		return "VenueForm[subtype=" + this.subtype + ", divisionCode=" + this.divisionCode + "]";
	}

}
