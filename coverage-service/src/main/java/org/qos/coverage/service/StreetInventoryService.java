package org.qos.coverage.service;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.campaigns.batch.BatchReader;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.security.Caller;
import org.qos.coverage.domain.Street;
import org.qos.coverage.repository.StreetRepository;

/** The street inventories of the areas: the regulator replaces one whole; everyone with a role reads them. */
@ApplicationScoped
public class StreetInventoryService {

    /** The most streets an area's inventory has: the whole inventory is held while it replaces the old one. */
    public static final int MAX_STREETS = 100_000;

    private final StreetRepository streets;

    public StreetInventoryService(StreetRepository streets) {
        this.streets = streets;
    }

    /**
     * Replaces the area's inventory with the streets of the body (JSON array or CSV). One invalid row, a street id
     * given twice included, and nothing changes. Gives how many streets the inventory now has.
     */
    @Transactional
    public int replace(String areaCode, BodyFormat format, InputStream body, Caller caller) {
        if (!caller.regulator()) {
            throw ProblemException.forbidden("Only the regulator manages street inventories");
        }
        checkArea(areaCode);
        List<Street> inventory = new ArrayList<>();
        BatchReader.Outcome outcome = BatchReader.read(body, format, new StreetSchema(), (row, street) -> {
            if (inventory.size() == MAX_STREETS) {
                throw new ProblemException(ProblemType.LIMIT_EXCEEDED, "An area's inventory has at most " + MAX_STREETS
                        + " streets; nothing was changed", List.of(new FieldError(row, "(row)",
                                "more than " + MAX_STREETS + " streets")));
            }
            inventory.add(street);
        });
        if (outcome.limitExceeded() != null) {
            throw outcome.limitExceeded();
        }
        if (!outcome.valid()) {
            throw new ProblemException(ProblemType.INVALID_ROWS, (outcome.invalidRows() > 0
                    ? outcome.invalidRows() + " of " + outcome.rows() + " streets are invalid"
                    : "The inventory is invalid") + " (" + outcome.errorCount() + " error"
                    + (outcome.errorCount() == 1 ? "" : "s") + "); nothing was changed", outcome.errors());
        }
        streets.replace(areaCode, inventory);
        return inventory.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Street> list(String areaCode, PageRequest page) {
        checkArea(areaCode);
        return streets.page(areaCode, page);
    }

    private static void checkArea(String areaCode) {
        List<FieldError> errors = new ArrayList<>();
        CoverageCampaignService.checkArea(areaCode, errors);
        ProblemException.throwIfAny(errors);
    }
}
