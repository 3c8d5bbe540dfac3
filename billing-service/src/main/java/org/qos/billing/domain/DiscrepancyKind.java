package org.qos.billing.domain;

/** How a call or a charging record is wrongly charged (api.md, reconciliation rules). */
public enum DiscrepancyKind {
    NOT_CHARGED, PHANTOM, WRONG_NUMBER, WRONG_DURATION
}
