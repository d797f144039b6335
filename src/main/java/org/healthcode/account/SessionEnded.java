package org.healthcode.account;

import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A form post that came after its session had ended (or with a page too old to carry a
 * valid CSRF token): where the form was, where to log in, and what had been typed, so the
 * person can log in and find the page as they left it. Kept in the new session, never in
 * a URL; passwords and one-time codes are not kept.
 *
 * @param returnPath the local page that held the form
 * @param action the path the form posted to (how the page's script finds the form)
 * @param fields what was typed, by field name
 */
record SessionEnded(String returnPath, String action, boolean staff,
		LinkedHashMap<String, ArrayList<String>> fields) implements Serializable {

	static final String ATTRIBUTE = "account.sessionEnded";

	private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password", "code", "token");

	private static final int MAX_FIELDS = 60;

	private static final int MAX_VALUE = 2000;

	static SessionEnded of(HttpServletRequest request) {
		String action = request.getRequestURI().substring(request.getContextPath().length());
		String page = refererPath(request);
		String returnPath = page != null ? page : "/";
		LinkedHashMap<String, ArrayList<String>> fields = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			String name = field.getKey();
			if (fields.size() >= MAX_FIELDS || name.length() > 60 || NEVER_KEPT.contains(name)
					|| name.toLowerCase(Locale.ROOT).contains("password")) {
				continue;
			}
			ArrayList<String> values = new ArrayList<>();
			for (String value : field.getValue()) {
				if (value.length() <= MAX_VALUE) {
					values.add(value);
				}
			}
			fields.put(name, values);
		}
		return new SessionEnded(returnPath, action, staffArea(returnPath) || staffArea(action), fields);
	}

	void keepIn(HttpSession session) {
		session.setAttribute(ATTRIBUTE, this);
	}

	static SessionEnded from(HttpSession session) {
		return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionEnded ended ? ended : null;
	}

	String loginPath() {
		return this.staff ? "/staff/login" : "/login";
	}

	List<String> fieldNames() {
		return List.copyOf(this.fields.keySet());
	}

	static boolean staffArea(String path) {
		return path.startsWith("/official") || path.startsWith("/admin");
	}

	/** The local path of the page that sent the request, if it was one of ours. */
	private static String refererPath(HttpServletRequest request) {
		String header = request.getHeader("Referer");
		if (header == null) {
			return null;
		}
		try {
			URI referer = URI.create(header);
			String path = referer.getRawPath();
			if (!request.getServerName().equalsIgnoreCase(referer.getHost()) || path == null
					|| !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
				return null;
			}
			String local = path.substring(request.getContextPath().length());
			return local.startsWith("/login") || local.startsWith("/staff/login") ? null : local;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "SessionEnded[returnPath=" + this.returnPath + ", fields=" + this.fields.size() + "]";
	}

}
