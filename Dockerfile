# Builds ClaimTracker with the Maven wrapper and runs it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/claimtracker-*.jar /claimtracker.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 claimtracker \
  && mkdir -p /var/lib/claimtracker/imports && chown claimtracker /var/lib/claimtracker/imports
USER claimtracker
COPY --from=build /claimtracker.jar /app/claimtracker.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/claimtracker.jar"]
