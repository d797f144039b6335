package org.healthcode.tracing;

/** 中风险 / 高风险: the level gives the colour of its visitors ({@link RiskAreaProperties}). */
public enum RiskLevel {

	HIGH, MEDIUM

}
