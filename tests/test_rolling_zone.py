"""The memory zone a Dask worker keeps over many units: words learnt stay until the zone is renewed."""

from __future__ import annotations

from backchannel.nlp import RollingZone


def test_a_rolling_zone_keeps_new_words_over_units_until_it_is_renewed(nlp):
    zone = RollingZone(nlp, limit=100)
    try:
        zone.before(60)
        nlp("Envoy Quarnetti met the Vlorbish delegation.")
        assert "Vlorbish" in nlp.vocab.strings
        zone.before(30)  # 90 bytes read: the same zone
        assert "Vlorbish" in nlp.vocab.strings
        zone.before(30)
        assert "Vlorbish" in nlp.vocab.strings  # still 90 when this unit began: not renewed before it
        zone.before(30)  # 120 bytes read: renewed, and what the first zone learnt is freed
        assert "Vlorbish" not in nlp.vocab.strings
        nlp("The Vlorbish envoy left.")
        assert "Vlorbish" in nlp.vocab.strings
    finally:
        zone.close()
    assert "Vlorbish" not in nlp.vocab.strings
