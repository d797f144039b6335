package org.healthcode.web;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.web.rate-limit.*}: requests one client address may make to one node.
 * Beyond it a request is answered 429 {@code RATE_LIMITED} with {@code Retry-After} at
 * once, before it costs a session read or a database connection. Business limits that
 * must hold across nodes (SMS codes, staff password guesses) live in PostgreSQL; this one
 * protects each node, so with n nodes a client may reach n times the rate.
 *
 * @param requestsPerSecond sustained requests per second per client address ({@code 0}:
 * no limit)
 * @param burst requests a client may make at once before the sustained rate applies
 * @param exempt addresses never limited: by default the loopback (health checks, a local
 * reverse proxy without forwarded headers)
 * @param maxClients client addresses remembered at once (least recently seen forgotten)
 */
@ConfigurationProperties("healthcode.web.rate-limit")
record RateLimitProperties(@DefaultValue("20") int requestsPerSecond, @DefaultValue("60") int burst, @DefaultValue( {
		"127.0.0.1", "0:0:0:0:0:0:0:1", "::1" }) Set<String> exempt, @DefaultValue("100000") int maxClients){
}
