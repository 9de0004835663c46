"""Debate structure as answers: views built from the parsed turns of one transcript (the chair's
list of commitments, the commitments ministers make, motions), attributed from structure only and
computed without any LLM. Every module here is pure: a `Transcript` in, typed records out."""
