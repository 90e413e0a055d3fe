"""Elasticsearch 9.x as one local node, from the integ-test-zip distribution on Maven Central.

That distribution is the server and transport only, with x-pack security,
which is switched off here because the node listens on 127.0.0.1 alone.
Elasticsearch refuses to run as root, so as root it runs as a system user.
"""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import zipfile
from pathlib import Path

from infra.process import maven_fetch, read_pid, run_checked, spawn, stop, verify_checksum

HERE = Path(__file__).resolve().parent
VERSION = "9.2.4"
ARTIFACT = f"org.elasticsearch.distribution.integ-test-zip:elasticsearch:{VERSION}:zip"
PORT = 9200
SYSTEM_USER = "newsradar-es"
HEAP = os.environ.get("NEWSRADAR_ES_HEAP", "768m")

ELASTICSEARCH_YML = """\
cluster.name: newsradar-local
node.name: newsradar-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: {port}
path.data: {data}
path.logs: {logs}
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
"""


class ElasticsearchServer:
    name = "elasticsearch"

    def __init__(self, cache: Path, java_home: Path | None, maven_repo: Path | None = None):
        self.maven_repo = maven_repo
        self.root = cache / "elasticsearch"
        self.home = self.root / f"elasticsearch-{VERSION}"
        self.conf = self.root / "config"
        self.data = self.root / "data"
        self.logs = self.root / "logs"
        self.log_file = self.logs / "stdout.log"
        self.pid_file = self.root / "elasticsearch.pid"
        self.java_home = java_home

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{PORT}"

    def fetch(self, log=print) -> None:
        if (self.home / "bin" / "elasticsearch").exists():
            return
        downloads = self.root / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        zip_path = downloads / f"elasticsearch-{VERSION}.zip"
        if not zip_path.exists():
            log(f"fetching Elasticsearch {VERSION} from Maven Central into {downloads}")
            maven_fetch(["dependency:copy", f"-Dartifact={ARTIFACT}", f"-DoutputDirectory={downloads}"],
                        artifact=ARTIFACT, repo_local=self.maven_repo)
        verify_checksum(zip_path, HERE / "checksums.txt")
        with zipfile.ZipFile(zip_path) as zf:
            zf.extractall(self.root)
        for script in (self.home / "bin").iterdir():
            script.chmod(0o755)
        for java_bin in self.home.glob("jdk/bin/*"):
            java_bin.chmod(0o755)

    def _user(self) -> str | None:
        if os.geteuid() != 0:
            return None
        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            run_checked(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                         SYSTEM_USER], what=f"creating system user {SYSTEM_USER}")
        return SYSTEM_USER

    def _configure(self, user: str | None) -> None:
        if not self.conf.exists():
            shutil.copytree(self.home / "config", self.conf)
        (self.conf / "elasticsearch.yml").write_text(
            ELASTICSEARCH_YML.format(port=PORT, data=self.data, logs=self.logs))
        (self.conf / "jvm.options.d").mkdir(exist_ok=True)
        (self.conf / "jvm.options.d" / "heap.options").write_text(f"-Xms{HEAP}\n-Xmx{HEAP}\n")
        for d in (self.data, self.logs, self.root / "tmp"):
            d.mkdir(parents=True, exist_ok=True)
        if user:
            for d in (self.conf, self.data, self.logs, self.root / "tmp"):
                subprocess.run(["chown", "-R", f"{user}:", str(d)], check=True)
            _make_traversable(self.root)

    def running_pid(self) -> int | None:
        return read_pid(self.pid_file)

    def start(self) -> None:
        user = self._user()
        self._configure(user)
        env = dict(os.environ, ES_PATH_CONF=str(self.conf), ES_TMPDIR=str(self.root / "tmp"),
                   ES_JAVA_HOME=str(self.java_home) if self.java_home else "")
        env.pop("JAVA_HOME", None)
        spawn([str(self.home / "bin" / "elasticsearch")], log_file=self.log_file,
              pid_file=self.pid_file, env=env, cwd=self.logs, user=user)

    def stop(self) -> bool:
        return stop(self.pid_file, timeout=90)


def _make_traversable(path: Path) -> None:
    """The system user must reach the cache through every parent folder (o+x)."""
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if not mode & 0o001:
            parent.chmod(mode | 0o001)
