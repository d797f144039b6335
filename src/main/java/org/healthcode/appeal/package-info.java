/**
 * Appeals (红码/黄码申诉): a resident contests their own or a companion's colour, with
 * attachments only officials see; officials work a queue against a 24-hour target and
 * decide, every read and decision audited.
 */
package org.healthcode.appeal;
