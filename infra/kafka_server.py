"""Apache Kafka 4.x as one local KRaft node (broker and controller), jars from Maven Central."""
from __future__ import annotations

import base64
import os
import uuid
from pathlib import Path

from infra.process import maven_fetch, read_pid, run_checked, sha256_of, spawn, stop
from newsradar.errors import ServiceUnavailableError

HERE = Path(__file__).resolve().parent
POM = HERE / "kafka" / "pom.xml"
LIBS_SHA256 = HERE / "kafka" / "libs.sha256"
PORT = 9092
CONTROLLER_PORT = 9093

SERVER_PROPERTIES = """\
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{controller_port}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:{port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs={data}
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
delete.topic.enable=true
log.retention.hours=168
"""

# Kafka's own logs go to stdout, which `spawn` sends to the log file.
LOG4J2 = """\
Configuration:
  name: newsradar-kafka
  Appenders:
    Console:
      name: STDOUT
      PatternLayout:
        Pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: INFO
      AppenderRef:
        - ref: STDOUT
    Logger:
      - name: kafka.request.logger
        level: WARN
      - name: org.apache.kafka.controller
        level: WARN
      - name: state.change.logger
        level: WARN
"""


def new_cluster_id() -> str:
    """A random cluster id in Kafka's own form, never starting with "-".

    One id in 64 would otherwise begin with "-", which the storage tool's argument parser reads
    as an option ("--cluster-id: expected one argument"), failing a fresh machine's first start;
    Kafka's `Uuid.randomUuid` draws again in that case, and so do we.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


class KafkaServer:
    name = "kafka"

    def __init__(self, cache: Path, java_home: Path | None, maven_repo: Path | None = None):
        self.maven_repo = maven_repo
        self.root = cache / "kafka"
        self.libs = self.root / "libs"
        self.data = self.root / "data"
        self.config = self.root / "server.properties"
        self.log_file = self.root / "logs" / "kafka.log"
        self.pid_file = self.root / "kafka.pid"
        self.java_home = java_home

    @property
    def address(self) -> str:
        return f"127.0.0.1:{PORT}"

    def fetch(self, log=print) -> None:
        if (self.libs / ".complete").exists():
            return
        log(f"fetching Apache Kafka jars from Maven Central into {self.libs}")
        self.libs.mkdir(parents=True, exist_ok=True)
        maven_fetch(["-f", str(POM), "dependency:copy-dependencies", f"-DoutputDirectory={self.libs}",
                     "-DincludeScope=runtime"], artifact=f"Apache Kafka jars ({POM})", repo_local=self.maven_repo)
        self._verify_libs()
        (self.libs / ".complete").touch()

    def _verify_libs(self) -> None:
        pinned = dict(reversed(line.split()) for line in LIBS_SHA256.read_text().splitlines()
                      if line.strip() and not line.startswith("#"))
        present = {jar.name for jar in self.libs.glob("*.jar")}
        missing = sorted(set(pinned) - present)
        if missing:
            raise ServiceUnavailableError(
                f"Maven did not deliver {len(missing)} pinned Kafka jar(s) into {self.libs}: "
                f"{', '.join(missing[:5])}; run `make up` again")
        for name in sorted(present):
            jar = self.libs / name
            if pinned.get(name) != sha256_of(jar):
                jar.unlink()
                raise ServiceUnavailableError(
                    f"{jar} does not match its pinned sha256 in {LIBS_SHA256}; it was removed, "
                    "run `make up` again to download it anew")

    def _java(self) -> str:
        return str(self.java_home / "bin" / "java") if self.java_home else "java"

    def _configure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.config.write_text(SERVER_PROPERTIES.format(port=PORT, controller_port=CONTROLLER_PORT,
                                                        data=self.data))
        (self.root / "log4j2.yaml").write_text(LOG4J2)
        if (self.data / "meta.properties").exists():
            return
        run_checked([self._java(), "-cp", f"{self.libs}/*",
                     f"-Dlog4j2.configurationFile={self.root / 'log4j2.yaml'}",
                     "kafka.tools.StorageTool", "format", "-t", new_cluster_id(), "-c", str(self.config)],
                    what="formatting Kafka storage")

    def running_pid(self) -> int | None:
        return read_pid(self.pid_file)

    def start(self) -> None:
        self._configure()
        env = dict(os.environ, KAFKA_HEAP_OPTS="-Xmx512m -Xms512m")
        spawn([self._java(), "-Xmx512m", "-Xms512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
               f"-Dlog4j2.configurationFile={self.root / 'log4j2.yaml'}",
               "-cp", f"{self.libs}/*", "kafka.Kafka", str(self.config)],
              log_file=self.log_file, pid_file=self.pid_file, env=env, cwd=self.root)

    def stop(self) -> bool:
        return stop(self.pid_file, timeout=60)
