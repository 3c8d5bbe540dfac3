package org.qos.complaints.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.complaints.domain.ComplaintContact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The contacts of complaints. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<ComplaintContact, UUID> {

    public List<ComplaintContact> ofComplaint(UUID complaintId) {
        return list("complaintId", Sort.ascending("contactedAt").and("id"), complaintId);
    }
}
