/**
 * Nucleic-acid testing (核酸): samplers fill pooled tubes (混采) at their site, labs report a
 * result per tube, and the results reach each sampled person's colour through the health
 * rules and their health code (as {@code health.NatSource}).
 */
package org.healthcode.testing;
