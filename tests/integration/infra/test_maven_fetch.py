"""A failed Maven fetch says which artifact, which registry and how to retry (real mvn, real registry)."""
from __future__ import annotations

import pytest

from infra.process import maven_fetch
from newsradar.errors import ServiceUnavailableError

pytestmark = pytest.mark.network

MISSING = "org.newsradar.absent:no-such-artifact:0.0.0:zip"


def test_failed_fetch_names_artifact_registry_and_retry(tmp_path):
    with pytest.raises(ServiceUnavailableError) as caught:
        maven_fetch(["dependency:copy", f"-Dartifact={MISSING}", f"-DoutputDirectory={tmp_path / 'out'}"],
                    artifact=MISSING, repo_local=tmp_path / "m2")
    message = str(caught.value)
    assert f"could not fetch {MISSING} from Maven Central" in message
    assert "run `make up` again" in message
    assert "no-such-artifact" in message.split("mvn said:")[1]
    assert "at org.apache.maven" not in message, "no Java stack trace"
    assert (tmp_path / "m2").is_dir(), "Maven used the given local repository, not ~/.m2"
