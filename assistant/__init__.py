"""debate-assistant's question-answering core. The public surface is ``__all__``; the app, the
CLI and the eval suite import only these names."""

from assistant.models import Answer, Citation
from assistant.question import Constraints
from assistant.service import Assistant

__all__ = ["Answer", "Assistant", "Citation", "Constraints"]
