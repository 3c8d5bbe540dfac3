package org.qos.complaints.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson serializes although no REST method declares them as its return type, so that a native image
 * (-Pnative) would not keep them for reflection: they leave as the entity of a {@code Response} (the alert,
 * outage and subscriber-count listings and 201 bodies; the contacts inside a complaint).
 */
@RegisterForReflection(targets = {AlertView.class, ContactView.class, OutageView.class, SubscriberCountView.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
