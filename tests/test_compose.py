from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_file_names_neo4j_and_the_api() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert services["neo4j"]["image"] == "neo4j:5.26-community"
    api = services["api"]
    assert api["environment"]["DANGJIAN_STORE"] == "neo4j"
    assert api["environment"]["DANGJIAN_NEO4J_URI"].startswith("bolt://neo4j:")
    assert "neo4j" in api["depends_on"]
    assert (ROOT / api["build"] / "Dockerfile").is_file()
