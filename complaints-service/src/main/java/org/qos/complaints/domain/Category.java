package org.qos.complaints.domain;

/** What a complaint is about; only {@code SERVICE_QUALITY} complaints count in the complaint rate (3.8.2). */
public enum Category {
    SERVICE_QUALITY, BILLING, OTHER
}
