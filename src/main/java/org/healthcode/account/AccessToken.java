package org.healthcode.account;

/** A bearer token for the API and its lifetime in seconds. */
public record AccessToken(String accessToken, long expiresIn) {

	@Override
	public String toString() {
		return "AccessToken[expiresIn=" + this.expiresIn + "]";
	}

}
