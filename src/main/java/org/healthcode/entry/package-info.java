/**
 * Entry rules at the door: what a venue or a division asks of visitors (minimum colour, a
 * recent negative nucleic-acid test, vaccination) and the verdict for one person — PASS,
 * RESTRICTED or REFUSED with every reason in plain words.
 */
package org.healthcode.entry;
