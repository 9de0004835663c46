"""Languages and parliaments as data: the TOML files under ``languages/`` and ``parliaments/``
and their typed loaders (`ingest.profiles.language`, `ingest.profiles.parliament`). The lowest
layer, so that ingest (stemming, sentence splitting) and the assistant (questions, wording) read
the same files."""
