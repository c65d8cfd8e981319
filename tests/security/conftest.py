from tests.cosign_fixtures import author, idea, workflow  # noqa: F401
