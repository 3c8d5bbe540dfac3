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
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.gateway.domain.Publication;
import org.qos.gateway.repository.PublicationRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

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
     * when a family does not answer (then nothing is stored).
     */
    public Published publish(Caller caller, LocalDate from, LocalDate to, String authorization) {
        if (!caller.regulator()) {
            throw ProblemException.forbidden("Only the regulator publishes");
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
        PublicationDocument document = new PublicationDocument(UUID.randomUUID(), from, to,
                OffsetDateTime.now(profile.zone()).truncatedTo(ChronoUnit.SECONDS), caller.name(),
                new PublicationDocument.Profile(profile.standard(), profile.version()), methods(answer.scorecards()),
                answer.scorecards());
        String snapshot = write(document);
        List<OperatorOverall> operators = answer.scorecards().stream()
                .map(card -> new OperatorOverall(card.operatorId(), card.overall())).toList();
        Publication row = new Publication(document.id(), from, to, document.publishedAt(), document.publishedBy(),
                profile.standard(), profile.version(), write(operators), snapshot, sha256(snapshot));
        QuarkusTransaction.requiringNew().run(() -> publications.persist(row));
        return new Published(document, snapshot);
    }

    /** The publications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PublicationSummary> list(PageRequest page) {
        Page<Publication> found = publications.page(page);
        List<PublicationSummary> items = new ArrayList<>(found.items().size());
        for (Publication publication : found.items()) {
            items.add(new PublicationSummary(publication.getId(), publication.getFrom(), publication.getTo(),
                    // as in the snapshot: the profile's offset (the database hands timestamps back in UTC)
                    publication.getPublishedAt().withOffsetSameInstant(profile.zone()),
                    read(publication.getOperators())));
        }
        return new Page<>(items, found.total());
    }

    /** A publication's JSON, exactly as published; 404 for an unknown id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String json(UUID id) {
        return find(id).getSnapshot();
    }

    /** A publication as CSV open data: one row per KPI result (see {@link PublicationCsv}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(UUID id) {
        Publication publication = find(id);
        try {
            return PublicationCsv.write(json.readTree(publication.getSnapshot()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("publication " + id + " holds no JSON", e);
        }
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
