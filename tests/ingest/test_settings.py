from pathlib import Path

import pytest

from ingest.errors import ConfigError
from ingest.settings import Secret, load_settings


def test_precedence_is_defaults_then_file_then_env_then_flags(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('top_k = 3\nllm = "openai"\ncollection = "from_file"\n')
    env = {"DEBATE_HOME": str(tmp_path), "DEBATE_TOP_K": "7"}
    settings = load_settings(env, top_k=9)
    assert settings.collection == "from_file"
    assert settings.llm == "openai"
    assert settings.top_k == 9
    assert load_settings(env).top_k == 7
    assert settings.index_dir == tmp_path / "index"


def test_index_dir_comes_from_debate_index(tmp_path: Path) -> None:
    assert load_settings({"DEBATE_INDEX": str(tmp_path / "x")}).index_dir == tmp_path / "x"


def test_secrets_never_show_in_reprs() -> None:
    settings = load_settings({"DEBATE_LLM_API_KEY": "sk-very-secret", "DEBATE_API_TOKEN": "tok"})
    assert "sk-very-secret" not in repr(settings) and "tok'" not in repr(settings)
    assert isinstance(settings.llm_api_key, Secret) and settings.llm_api_key.reveal() == "sk-very-secret"


def test_allowed_origins_are_a_comma_separated_list() -> None:
    settings = load_settings({"DEBATE_ALLOWED_ORIGINS": "https://a.intranet, https://b.intranet"})
    assert settings.allowed_origins == ("https://a.intranet", "https://b.intranet")


@pytest.mark.parametrize(
    ("env", "message"),
    [({"DEBATE_LLM": "gpt"}, "llm must be one of"), ({"DEBATE_TOP_K": "many"}, "integer"), ({"DEBATE_TOP_K": "0"}, "between")],
)
def test_invalid_values_are_config_errors_that_say_what_is_expected(env, message) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env)


def test_unknown_keys_in_the_config_file_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("topk = 3\n")
    with pytest.raises(ConfigError, match="topk"):
        load_settings({"DEBATE_HOME": str(tmp_path)})
