/**
 * Printed resident cards (居民码卡) for people without phones: an ID-card-size PDF with the
 * QR of a signed card token, the masked name and a serial; reissuing revokes the old
 * card. A card checks in only through a venue's staff, who resolve it with
 * {@link Cards#resolve}.
 */
package org.healthcode.card;
