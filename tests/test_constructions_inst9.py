

# --------------------------------------------------------------------------- a document that changes another


@pytest.mark.parametrize(("text", "subject"), [
    ("Malaysia and Thailand exchanged the following instruments: Memorandum of Understanding on Halal "
     "Cooperation; and Protocol Amending the Agreement on the Avoidance of Double Taxation.",
     "Protocol Amending the Agreement on the Avoidance of Double Taxation"),
    ("The ministers signed a Protocol Supplementing the Treaty on Extradition.",
     "Protocol Supplementing the Treaty"),
    ("The protocol amending the double taxation convention was signed by the finance ministers.",
     "protocol amending the double taxation convention"),
    ("Kenya and Ghana signed a protocol amending their 2010 air services agreement.",
     "protocol amending their 2010 air services agreement"),
    ("Peru and Chile signed the Protocol Modifying the Convention on Social Security in Lima.",
     "Protocol Modifying the Convention on Social Security"),
])
def test_the_changed_document_is_part_of_the_name(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert subject in subjects(found)
    assert not any(s != subject and s in subject for s in subjects(found))  # not a record of its own


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed a protocol on air services and an agreement on fisheries.",
    "The Protocol on Trade was signed, and the Agreement on Tourism was amended.",
])
def test_documents_side_by_side_stay_two(find: Find, text: str) -> None:
    assert len(find(text)) == 2


# --------------------------------------------------------------------------- negotiations concluded


@pytest.mark.parametrize("text", [
    "The two sides welcomed the conclusion of negotiations on the Investment Protection Agreement.",
    "Kenya and India announced the conclusion of talks on a free trade agreement.",
    "Ministers hailed the successful conclusion of negotiations for a treaty on extradition.",
    "Ghana and Togo marked the conclusion of negotiations on an accord on fisheries.",
    "The leaders noted the conclusion of talks on a Comprehensive Economic Partnership Agreement.",
])
def test_negotiations_concluded_leave_a_text_finalized(find: Find, text: str) -> None:
    assert statuses(find(text)) == ["finalized"]


@pytest.mark.parametrize(("text", "status"), [
    ("The leaders welcomed the conclusion of the agreement on fisheries.", "signed"),
    ("The two sides called for the early conclusion of negotiations on a trade agreement.", "planned"),
])
def test_the_conclusion_of_a_document_or_of_talks_ahead(find: Find, text: str, status: str) -> None:
    assert statuses(find(text)) == [status]
