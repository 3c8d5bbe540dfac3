package org.qos.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.exception.ConstraintViolationException;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.gateway.domain.Publication;
import org.qos.gateway.repository.PublicationRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Publication: the regulator freezes the scorecards of every operator for a period into an immutable snapshot,
 * which anyone may read, as JSON or as CSV open data. Nothing is published while a family does not answer: a
 * snapshot with a hole in it would read as a verdict.
 */
@ApplicationScoped
public class PublicationService {

    /** Longest wait for the scorecards (each family has its own, shorter timeout). */
    private static final Duration SCORECARDS_WAIT = Duration.ofSeconds(30);

    private final ScorecardService scorecards;
    private final PublicationRepository publications;
    private final QualityProfile profile;
    private final ObjectMapper json;

    PublicationService(ScorecardService scorecards, PublicationRepository publications, QualityProfile profile,
            ObjectMapper json) {
        this.scorecards = scorecards;
        this.publications = publications;
        this.profile = profile;
        this.json = json;
    }

    /** A stored publication, and its JSON exactly as stored. */
    public record Published(PublicationDocument document, String json) {
    }

    /**
     * Publishes the scorecards of every operator with a result in {@code [from, to]}: 409 when there is none, 503
     * when a family does not answer (then nothing is stored). A period that has a publication gets its next revision,
     * which supersedes the current one and must say why ({@code reason}, 400 without); the first may give one.
     */
    public Published publish(Caller caller, LocalDate from, LocalDate to, String reason, String authorization) {
        if (!caller.regulator()) {
            throw ProblemException.forbidden("Only the regulator publishes");
        }
        if (reason == null) {
            // early, before the scorecards are asked for; checked again under the period's lock
            publications.current(from, to).ifPresent(PublicationService::reasonRequired);
        }
        OperatorScorecards answer = scorecards.everyOperator(caller, from, to, authorization)
                .await().atMost(SCORECARDS_WAIT);
        if (!answer.unavailableFamilies().isEmpty()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Nothing was published: the families "
                    + answer.unavailableFamilies() + " did not answer; a publication must be whole. Try again.");
        }
        if (answer.scorecards().isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Nothing to publish: no operator has a result in " + from + " to " + to);
        }
        List<OperatorOverall> operators = answer.scorecards().stream()
                .map(card -> new OperatorOverall(card.operatorId(), card.overall())).toList();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                publications.lockPeriod(from, to);
                Publication previous = publications.current(from, to).orElse(null);
                if (previous != null && reason == null) {
                    reasonRequired(previous);
                }
                PublicationDocument document = new PublicationDocument(UUID.randomUUID(), from, to,
                        previous == null ? 1 : previous.getRevision() + 1, previous == null ? null : previous.getId(),
                        reason, OffsetDateTime.now(profile.zone()).truncatedTo(ChronoUnit.SECONDS), caller.name(),
                        new PublicationDocument.Profile(profile.standard(), profile.version(), profile.kpiNames()),
                        methods(answer.scorecards()), answer.scorecards(), null);
                String snapshot = write(document);
                publications.persist(new Publication(document.id(), from, to, document.publishedAt(),
                        document.publishedBy(), profile.standard(), profile.version(), write(operators), snapshot,
                        sha256(snapshot), document.revision(), document.supersedes(), reason));
                publications.flush();
                return new Published(document, snapshot);
            });
        } catch (PersistenceException | QuarkusTransactionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException) {
                    // only if a writer that does not take the lock got in: the unique (period, revision) held
                    throw new ProblemException(ProblemType.CONFLICT, "The period " + from + " to " + to
                            + " was published at the same time by another request; nothing was stored. Try again.");
                }
            }
            throw e;
        }
    }

    private static void reasonRequired(Publication current) {
        throw ProblemException.invalidField("reason", "is required: " + current.getFrom() + " to " + current.getTo()
                + " is already published (revision " + current.getRevision() + ", " + current.getId()
                + "); a new publication supersedes it and must say why");
    }

    /**
     * The publications, newest first: the current revision of each period, or with {@code history} every revision.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PublicationSummary> list(PageRequest page, boolean history) {
        Page<Publication> found = publications.page(page, history);
        Map<UUID, UUID> successors = history
                ? publications.supersededBy(found.items().stream().map(Publication::getId).toList())
                : Map.of();
        List<PublicationSummary> items = new ArrayList<>(found.items().size());
        for (Publication publication : found.items()) {
            items.add(new PublicationSummary(publication.getId(), publication.getFrom(), publication.getTo(),
                    publication.getRevision(), publication.getSupersedes(), publication.getReason(),
                    successors.get(publication.getId()),
                    // as in the snapshot: the profile's offset (the database hands timestamps back in UTC)
                    publication.getPublishedAt().withOffsetSameInstant(profile.zone()),
                    read(publication.getOperators())));
        }
        return new Page<>(items, found.total());
    }

    /**
     * A publication's JSON: the snapshot exactly as published, followed, once it is superseded, by
     * {@code supersededBy} (and, for a publication of before revisions, by its revision, supersedes and reason,
     * which its snapshot lacks); 404 for an unknown id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String json(UUID id) {
        return served(find(id));
    }

    /** A publication as CSV open data: one row per KPI result (see {@link PublicationCsv}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(UUID id) {
        Publication publication = find(id);
        try {
            return PublicationCsv.write(json.readTree(served(publication)), profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("publication " + id + " holds no JSON", e);
        }
    }

    /** The stored snapshot, with what was learnt since (or never stored in it) appended as fields. */
    private String served(Publication publication) {
        String snapshot = publication.getSnapshot();
        Map<String, Object> added = new LinkedHashMap<>();
        if (!hasRevision(snapshot)) {
            added.put("revision", publication.getRevision());
            if (publication.getSupersedes() != null) {
                added.put("supersedes", publication.getSupersedes());
            }
            if (publication.getReason() != null) {
                added.put("reason", publication.getReason());
            }
        }
        publications.supersededBy(publication.getId()).ifPresent(next -> added.put("supersededBy", next));
        return appended(snapshot, added);
    }

    /** A snapshot written since revisions exist has "revision" as a top-level field. */
    private boolean hasRevision(String snapshot) {
        try {
            return json.readTree(snapshot).has("revision");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a publication holds no JSON", e);
        }
    }

    /** The JSON object {@code object} with the fields {@code added} appended, its own bytes untouched. */
    private String appended(String object, Map<String, Object> added) {
        if (added.isEmpty()) {
            return object;
        }
        String body = object.stripTrailing();
        if (!body.endsWith("}")) {
            throw new IllegalStateException("a publication's snapshot is no JSON object");
        }
        StringBuilder out = new StringBuilder(body.length() + 128).append(body, 0, body.length() - 1);
        boolean empty = body.substring(0, body.length() - 1).strip().equals("{");
        for (Map.Entry<String, Object> field : added.entrySet()) {
            if (!empty) {
                out.append(',');
            }
            empty = false;
            out.append(write(field.getKey())).append(':').append(write(field.getValue()));
        }
        return out.append('}').toString();
    }

    private Publication find(UUID id) {
        return publications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("publication " + id));
    }

    /** By family, the distinct methods of the results, in alphabetical order. */
    private static Map<String, List<String>> methods(List<Scorecard> scorecards) {
        Map<String, TreeSet<String>> byFamily = new LinkedHashMap<>();
        for (Scorecard scorecard : scorecards) {
            scorecard.families().forEach((family, part) -> {
                TreeSet<String> methods = byFamily.computeIfAbsent(family, f -> new TreeSet<>());
                for (JsonNode result : part.results()) {
                    JsonNode method = result.get("method");
                    if (method != null && !method.isNull()) {
                        methods.add(method.asText());
                    }
                }
            });
        }
        Map<String, List<String>> methods = new LinkedHashMap<>();
        byFamily.forEach((family, set) -> methods.put(family, List.copyOf(set)));
        return methods;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private List<OperatorOverall> read(String operators) {
        try {
            return json.readValue(operators, new TypeReference<List<OperatorOverall>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a publication's operators are no JSON list", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
