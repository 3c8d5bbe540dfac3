package org.qos.gateway.service;

/** Whether a family's service answered the scorecard's call in time. */
public enum FamilyStatus {
    OK, UNAVAILABLE
}
