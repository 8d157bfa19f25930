# Build stage: compile, generate the JAXB classes from xsd/ and package the jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY xsd xsd
COPY src src
RUN mvn -B -ntp -DskipTests package

# Run stage: the jar and the routes it loads from the file system.
FROM eclipse-temurin:17-jre
WORKDIR /opt/illbridge
RUN useradd --system --home /opt/illbridge illbridge && mkdir -p data && chown illbridge data
COPY --from=build /build/target/illbridge.jar illbridge.jar
COPY routes routes
USER illbridge
EXPOSE 8080 2575
ENTRYPOINT ["java", "-jar", "illbridge.jar"]
