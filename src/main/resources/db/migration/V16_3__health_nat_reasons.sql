-- health module: reasons given by nucleic-acid results (testing module).
alter table health_status drop constraint health_status_reason_check;
alter table health_status add constraint health_status_reason_check
    check (reason in ('CONFIRMED', 'CLOSE_CONTACT', 'SECONDARY_CONTACT', 'SPATIOTEMPORAL_COMPANION',
                      'RISK_AREA_VISIT', 'MANUAL', 'RISK_AREA_WITHDRAWN', 'APPEAL_APPROVED',
                      'POOLED_POSITIVE', 'NAT_POSITIVE', 'NAT_NEGATIVE'));
