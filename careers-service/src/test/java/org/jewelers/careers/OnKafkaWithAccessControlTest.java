package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.contracts.members.PublicMember;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.KafkaBroker;
import org.jewelers.testing.RealInfrastructure;
import org.jewelers.testing.TopicReader;
import org.jewelers.testing.TopicWriter;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * careers as deployed: logged in as its own user on a broker that enforces the contracts' ACLs, it still hears the
 * directory's firms and the competition's awards and publishes its jobs.
 */
@QuarkusTest
@TestProfile(OnKafkaWithAccessControlTest.AsCareersUser.class)
class OnKafkaWithAccessControlTest {

    public static final class AsCareersUser implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RealInfrastructure.class,
                    Map.of("database", "careers", "kafkaUser", "careers-service")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private final KafkaBroker kafka = Infrastructure.kafkaWithAccessControl();

    @Inject
    MemberFirms firms;

    @Test
    void hearsTheDirectoryAndTheCompetitionAndPublishesItsJobs() {
        // As the deployments' kafka-access does: careers may not create the topics of others, which it reads.
        Topics.ALL.forEach(topic -> kafka.createTopic(topic.name(), topic.partitions(),
                Map.of("cleanup.policy", topic.compacted() ? "compact" : "delete")));
        UUID firm = UUID.randomUUID();
        publishAs("directory-service", Topics.DIRECTORY_MEMBERS.name(), new EventFactory("/directory-service").create(
                EventTypes.MEMBER_JOINED, firm.toString(), 1, new PublicMember(firm, "JA-ACL001", "Hartwell Jewelers",
                        "retailer", "active", true, List.of(new PublicMember.Location("Missoula", "MT", "59801")))));
        await().atMost(DirectoryFirms.PATIENCE).until(() -> firms.find(firm).isPresent());

        Map<String, Object> job = JobRulesTest.job("Bench Jeweler", "59801", LocalDate.now().plusDays(30));
        job.put("memberId", firm.toString());
        String jobId = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(job)
                .post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        TopicReader.readUntil(kafka.bootstrapServers(), kafka.login("admin"), Topics.CAREERS_JOBS.name(),
                records -> records.stream().anyMatch(record -> jobId.equals(record.key())));

        String honoree = "Priya " + UUID.randomUUID().toString().substring(0, 6);
        UUID awardId = UUID.randomUUID();
        publishAs("competition-service", Topics.COMPETITION_AWARDS.name(), new EventFactory("/competition-service").create(
                EventTypes.AWARD_GRANTED, awardId.toString(), 1, new AwardGranted(awardId, "20-under-40", 2026,
                        "20 Under 40", firm, null, new AwardGranted.HonoreeCitation(honoree, "Director of E-commerce",
                                "Hartwell Jewelers", "Missoula"))));
        await().atMost(DirectoryFirms.PATIENCE).until(() -> given().auth().oauth2(Tokens.staff())
                .queryParam("state", "draft").queryParam("tag", "20-under-40").queryParam("size", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("items.title", String.class)
                .stream().anyMatch(title -> title.startsWith(honoree + ",")));
    }

    private void publishAs(String user, String topic, EventEnvelope event) {
        TopicWriter.write(kafka.bootstrapServers(), kafka.login(user), topic, event.subject(), CloudEventCodec.encode(event));
    }
}
