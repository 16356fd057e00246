# Builds ClaimTracker with the Maven wrapper and runs it on a JRE, started with class data sharing:
# the jar is extracted (so the classes load from a fixed class path), and the first start is the
# training run that writes the archive of loaded classes when the container stops; later starts map
# it in, which takes about a third off a start (see docs/operations.md).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/claimtracker-*.jar /claimtracker.jar \
  && java -Djarmode=tools -jar /claimtracker.jar extract --destination /app

# Java 21 writes the archive itself (-XX:+AutoCreateSharedArchive) and writes it again when the jar
# or the JVM changes; the classes are Java 17's.
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 claimtracker \
  && mkdir -p /var/lib/claimtracker/imports /var/lib/claimtracker/cds \
  && chown claimtracker /var/lib/claimtracker/imports /var/lib/claimtracker/cds
USER claimtracker
COPY --from=build /app /app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=/var/lib/claimtracker/cds/claimtracker.jsa", \
  "-jar", "/app/claimtracker.jar"]
