"""The author's assertions in an item whose form reports no news (a review, a recipe, a quiz): there a figure alone
is what the item describes, and only an actor's concrete act is the author's claim. Opinion, travel, lifestyle and
culture sections and picture galleries stay news, and so does an item with no sign of its form. Project-written
copy (CC0), from no label batch, bench row or corpus item, in several house styles: British broadsheet reviews and
columns, a US wire review, a tabloid, recipes, quizzes, an Indian and an Australian outlet, and news look-alikes
whose address or headline holds "review", "quiz" or "recipe" as a story's word."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from consumers.enricher.nlp.item_form import mark_form, no_news_form, reports_no_news
from consumers.enricher.nlp.pipeline import _looks_like_title
from consumers.enricher.nlp.title_end import titled
from newsradar.schema import Article, article_id_for


@pytest.mark.parametrize("url,title,marked", [
    ("https://www.example.co.uk/music/2024/mar/02/the-lanterns-review-brixton-academy",
     "The Lanterns review – a loud, joyous homecoming", True),
    ("https://apnews.example.com/article/harbour-lights-film-1234", "Review: 'Harbour Lights' is a slow burn", True),
    ("https://www.example.com/food/recipes/lemon-drizzle-cake", "Lemon drizzle cake", True),
    ("https://www.example.co.uk/lifeandstyle/2024/feb/10/one-pan-chicken", "Nigella's one-pan chicken recipe", True),
    ("https://www.example.co.uk/football/2024/jan/02/goals-2023", "Football quiz: who scored the most in 2023?", True),
    ("https://www.example.co.uk/sport/2024/jan/05/week-in-sport", "Sports quiz of the week: darts and a derby", True),
    ("https://www.example.com.au/culture/theatre/reviews/hamlet-sydney", "Hamlet at the Opera House", True),
    ("https://www.example.co.uk/news/uk-12345678-home-office-review-finds-delays",
     "Home Office review finds visa delays", False),
    ("https://www.example.co.uk/news/uk-12345679", "Home Office review: 20,000 visa applications delayed", False),
    ("https://www.example.co.uk/news/article-123/Police-quiz-man-Leeds-stabbing.html",
     "Police quiz man over Leeds city centre stabbing", False),
    ("https://www.example.co.uk/news/2024/mar/01/council-tax", "A recipe for disaster: council tax to rise 9%", False),
    ("https://www.example.com/2024/03/02/opinions/fed-rates-smith/index.html", "The Fed has waited too long", False),
    ("https://www.example.co.uk/commentisfree/2024/mar/02/nhs-waiting-lists", "The NHS can't wait | Jane Doe", False),
    ("https://www.example.com/world/gallery/2024/aug/30/pakistan-floods", "Floods in Pakistan – in pictures", False),
    ("https://www.example.com/travel/article/new-jet-cabin/index.html", "What it's like inside the new jet", False),
    ("https://www.example.com/articles/12345", "", False),
    ("", None, False),
    # a bare "review" segment is a section's name at some outlets, not the item's form
    ("https://www.example.com/2024/05/01/arts/music/review/lanterns-tour.html", "The Lanterns hit the road", False),
    # the review's rows: a news section or an explainer's tail keeps an inquiry's headline news
    ("https://www.bbc.co.uk/news/articles/c0defence", "Strategic defence review - what are the key points?", False),
    ("https://www.theguardian.com/society/2025/may/22/sentencing-review-key-points",
     "Sentencing review – what will change for offenders?", False),
    ("https://www.theguardian.com/society/2024/apr/10/cass-review",
     "Cass review – key findings on gender services for children", False),
    ("https://www.thetimes.com/uk/politics/article/ofsted-review", "Ofsted review — heads say report cards unfair",
     False),
    ("https://www.stuff.co.nz/national/123/review-police-pursuits", "Police pursuit review – what changes now", False),
    ("https://www.example.com/features/2025/inquiry", "Grenfell inquiry review – 10 things we learned", False),
    ("https://www.example.com/features/2025/inquiry", "Water review – is your bill going up?", False),
    ("https://apnews.com/article/post-office-audit-123", "Review: State audit finds $3m missing from schools fund",
     False),
    ("https://www.afr.com/companies/review/123", "Qantas profit review under way", False),
    # the review's real reviews, still marked
    ("https://variety.com/2025/film/reviews/quiet-shore-review-1236123456/", "'The Quiet Shore' Review: Tender and Slow",
     True),
    ("https://www.thetimes.com/culture/film/article/quiet-shore-review-tender-abc123",
     "The Quiet Shore review — a tender coastal drama", True),
    ("https://www.mirror.co.uk/lifestyle/quiz-can-you-name-12345", "QUIZ: Can you name these 90s footballers?", True),
    *(pytest.param(url, title, True, marks=pytest.mark.xfail(strict=True, reason=reason)) for url, title, reason in [
        ("https://www.telegraph.co.uk/tv/0/the-long-night-review-bbc-one/", "The Long Night, review: a gripping return",
         "a comma before 'review:' is not among the headline shapes, and the slug's '-review-' is the story's word"),
        ("https://www.nytimes.com/2025/03/14/movies/quiet-shore-review.html",
         "'The Quiet Shore' Review: A Tender Coastal Drama",
         "a quoted title before 'Review:' is not among the headline shapes ('Spending review:' is an inquiry's)"),
        ("https://www.thehindu.com/entertainment/movies/quiet-shore-movie-review/article123.ece",
         "'The Quiet Shore' movie review: a tender drama", "'movie review:' is not among the headline shapes"),
        ("https://www.theguardian.com/food/2025/apr/05/nigel-slater-spring-greens-recipes",
         "Nigel Slater's recipes for spring greens", "only a headline ending in 'recipe(s)' is read as a recipe"),
        ("https://www.irishtimes.com/culture/film/2025/03/14/the-quiet-shore-review/",
         "The Quiet Shore: a tender coastal drama",
         "an address ending '-review' is a slug's word, like 'home-office-review-finds', not a segment"),
    ]),
])
def test_an_item_s_address_or_headline_tells_a_form_that_reports_no_news(url, title, marked):
    assert reports_no_news(url, title) is marked


_REVIEW = ("https://www.example.co.uk/music/2024/mar/02/the-lanterns-review-brixton-academy",
           "The Lanterns review – a loud, joyous homecoming")
_BOOK = ("https://www.example.co.uk/books/2024/jan/05/the-long-field-by-ann-reid-review",
         "The Long Field by Ann Reid review – a quiet epic")
_WIRE_REVIEW = ("https://apnews.example.com/article/harbour-lights-film-1234",
                "Review: 'Harbour Lights' is a slow-burning thriller")
_EATING = ("https://www.example.co.uk/food/reviews/the-anchor-inn-whitby", "The Anchor Inn, Whitby")
_RECIPE = ("https://www.example.com/food/recipes/lemon-drizzle-cake", "Lemon drizzle cake")
_QUIZ = ("https://www.example.co.uk/football/2024/jan/02/goals-2023", "Football quiz: who scored the most in 2023?")
_NEWS = ("https://www.example.com/news/2024/03/02/council-budget", "Council approves budget")

_FILM = ("https://www.theguardian.com/film/2025/mar/14/the-quiet-shore-review-tender",
         "The Quiet Shore review – a tender coastal drama")
_GADGET = ("https://edition.cnn.com/cnn-underscored/reviews/best-cordless-vacuum",
           "The best cordless vacuums of 2025, tested")
_BAKE = ("https://www.bbc.co.uk/food/recipes/flapjacks_12345", "Easy flapjacks")
_WEEK_QUIZ = ("https://www.theguardian.com/sport/2025/may/30/sports-quiz-of-the-week",
              "Sports quiz of the week: finals, farewells and a fine")
_NOVEL = ("https://www.independent.co.uk/arts-entertainment/books/reviews/salt-road-review-b2712345.html",
          "The Salt Road by Mara Quinn: a sprawling family saga")
_DEFENCE = ("https://www.bbc.co.uk/news/articles/c0defence", "Strategic defence review - what are the key points?")
_SENTENCING = ("https://www.theguardian.com/society/2025/may/22/sentencing-review-key-points",
               "Sentencing review – what will change for offenders?")

# (url, title, sentence, whether the sentence is a claim an editor would mark)
PROBES = [
    # the review's rows: figures a review, a recipe or a quiz describes, its present passive included
    (*_FILM, "It opens in cinemas on Friday and is rated 15.", False),
    (*_GADGET, "The vacuum weighs 5.8 pounds and costs $399.", False),
    (*_GADGET, "Its battery lasts about 60 minutes on the lowest setting.", False),
    (*_BAKE, "This recipe makes 16 squares and keeps for five days in a tin.", False),
    (*_BAKE, "Each square contains around 210 calories.", False),
    (*_WEEK_QUIZ, "There are 12 questions this week, and the answers are at the bottom.", False),
    (*_NOVEL, "The novel is 512 pages long and costs £20.", False),
    (*_NOVEL, "Quinn's saga spans four generations and three continents.", False),
    # the review's rows: a figure told as done under a present root, and news under an inquiry's headline
    (*_NOVEL, "The novel is her fifth, and it has sold 300,000 copies in France.", True),
    (*_DEFENCE, "The army will grow to 76,000 troops by the end of the decade.", True),
    (*_DEFENCE, "The UK currently spends 2.3% of its GDP on defence.", True),
    (*_DEFENCE, "The government will build up to 12 new attack submarines.", True),
    (*_SENTENCING, "About 88,000 people are in prison in England and Wales.", True),
    (*_SENTENCING, "Sentences of under 12 months will largely be scrapped.", True),
    # figures a review, a recipe or a quiz describes: no claim
    (*_REVIEW, "The four-piece played 22 songs in just under two hours.", False),
    (*_REVIEW, "Tickets for the rest of the tour cost £35.", False),
    (*_BOOK, "Reid's novel runs to 600 pages and spans three generations of one family.", False),
    (*_WIRE_REVIEW, "The film runs 128 minutes and is rated R for violence.", False),
    (*_EATING, "Mains cost from £14 and a bottle of house wine is £22.", False),
    (*_RECIPE, "This cake serves eight and takes about 45 minutes from start to finish.", False),
    (*_RECIPE, "Each slice has around 310 calories.", False),
    (*_QUIZ, "There are 15 questions this week, and the answers are at the bottom.", False),
    ("https://www.example.com.au/culture/theatre/reviews/hamlet-sydney", "Hamlet at the Opera House",
     "The production runs for three hours and 20 minutes with one interval.", False),
    # an actor's concrete act in the same items: still the author's claim
    (*_REVIEW, "The band cancelled its European tour on Monday after the drummer was injured.", True),
    (*_EATING, "The owner, Mark Jones, was fined £5,000 by magistrates last year for hygiene breaches.", True),
    (*_WIRE_REVIEW, "The director told reporters that the film cost $40 million to make.", True),
    (*_QUIZ, "Erling Haaland scored 52 goals in all competitions last season.", True),
    # a figure told as done in a review is a fact it reports
    (*_REVIEW, "Their debut album sold 120,000 copies in its first week.", True),
    (*_BOOK, "Reid's first novel was shortlisted for the Booker prize in 2019.", True),
    # the same kinds of figure in news, opinion, travel, lifestyle, culture and galleries: claims, as before
    (*_NEWS, "The council cut 22 posts in the library service.", True),
    ("https://www.example.co.uk/news/uk-12345678-home-office-review-finds-delays",
     "Home Office review finds visa delays",
     "More than 20,000 visa applications were delayed by over six months last year.", True),
    ("https://www.example.co.uk/news/article-123/Police-quiz-man-Leeds-stabbing.html",
     "Police quiz man over Leeds city centre stabbing",
     "A 34-year-old man was arrested on Saturday after a stabbing in Leeds city centre.", True),
    ("https://www.example.co.uk/news/2024/mar/01/council-tax", "A recipe for disaster: council tax to rise 9%",
     "Council tax rose by 9% this year, the steepest rise in a decade.", True),
    ("https://www.example.com/2024/03/02/opinions/fed-rates-smith/index.html", "The Fed has waited too long",
     "The Fed raised rates by half a point on Wednesday.", True),
    ("https://www.example.co.uk/commentisfree/2024/mar/02/nhs-waiting-lists", "The NHS can't wait | Jane Doe",
     "Waiting lists in England reached 7.6 million in January.", True),
    ("https://www.example.com/travel/article/new-jet-cabin/index.html", "What it's like inside the new jet",
     "Boeing delivered 44 jets in February, down from 51 a year earlier.", True),
    ("https://www.example.co.uk/lifeandstyle/2024/feb/10/diabetes-diet", "How I reversed my diabetes",
     "She lost 20kg in a year after her diagnosis.", True),
    ("https://www.example.co.uk/debate/article-1/JANE-DOE-schools.html", "JANE DOE: Why our schools are failing",
     "Ofsted rated 312 schools inadequate last year.", True),
    ("https://www.example.co.uk/music/2024/jan/12/bowie-album-sales", "Bowie album sales soar",
     "Sales of the album rose 500% in a week.", True),
    ("https://www.example.com/world/gallery/2024/aug/30/pakistan-floods", "Floods in Pakistan – in pictures",
     "More than 1,000 people have died in the floods since June.", True),
    ("https://www.example.co.uk/news/uk-england-leeds-12345", "Rail strike called off",
     "Rail workers called off a 48-hour strike on Friday.", True),
    ("https://www.example.co.in/news/national/kerala/article67890.ece", "Monsoon toll rises in Kerala",
     "At least 40 people died in landslides in Kerala on Tuesday.", True),
    ("https://www.example.com.au/national/nsw/bushfire-12345.html", "Bushfire destroys homes",
     "The fire destroyed 18 homes near Lithgow overnight.", True),
    ("https://www.example.com/articles/12345", "",
     "The company laid off 1,200 workers in March.", True),
    # the same figure sentences of a review and a recipe, in a news item: claims
    (*_NEWS, "The four-piece band played 22 songs in just under two hours.", True),
    (*_NEWS, "Each council house costs £310 a week to maintain.", True),
    # no claim in any form
    (*_NEWS, "Preheat the oven to 180C and grease two 20cm tins.", False),
    (*_REVIEW, "It is, quite simply, the best gig of the year.", False),
]

# Rows this branch's rule does not make right; each reason says what reads them wrong.
STILL_WRONG = {
    "The four-piece played 22 songs in just under two hours.":
        "a review's account of the night told as done is read as a fact it reports, like a news figure",
    "The band cancelled its European tour on Monday after the drummer was injured.":
        "'the band' is no actor the event check can verify (not named, counted or a body)",
    "Reid's first novel was shortlisted for the Booker prize in 2019.":
        "a work shortlisted is no actor's act, and its year is no figure of the claim",
    "A 34-year-old man was arrested on Saturday after a stabbing in Leeds city centre.":
        "an arrest in the passive with an aged subject and a trailing 'after' clause is missed",
    "Rail workers called off a 48-hour strike on Friday.":
        "'call off' is not among the event verbs and 'rail workers' is no checkable actor",
    "Preheat the oven to 180C and grease two 20cm tins.":
        "an imperative after a headline is parsed with 'Preheat' as a noun, so it is no instruction",
}


def _article(url: str, title: str | None, sentence: str) -> Article:
    now = datetime(2024, 5, 1, tzinfo=timezone.utc)
    return Article(article_id=article_id_for(url or sentence), url=url or "https://www.example.com/x",
                   canonical_url=url or "https://www.example.com/x", outlet="example", feed_id="f",
                   feed_url="https://example.org/feed", title=title or "", body=sentence, published_at=now,
                   fetched_at=now, language="en", content_hash="x")


def _probe(i: int, url: str, title: str, sentence: str, claim: bool):
    marks = [pytest.mark.xfail(strict=True, reason=STILL_WRONG[sentence])] if sentence in STILL_WRONG else []
    return pytest.param(url, title, sentence, claim, id=f"{i}-{'claim' if claim else 'none'}", marks=marks)


@pytest.mark.parametrize("url,title,sentence,claim", [_probe(i, *p) for i, p in enumerate(PROBES)])
def test_a_figure_is_the_author_s_claim_unless_the_item_s_form_reports_no_news(extractor, url, title, sentence,
                                                                               claim):
    enrichment = extractor.enrich([_article(url, title, sentence)])[0]
    assert any(c.content_span.start >= len(title or "") for c in enrichment.claims) is claim


# The CLI's bare texts (``newsradar extract FILE --title ... --url ...``), read as the stage reads the same item:
# the form is told by the title (given, or the file's first short line, "first" below) and the address when given.
# Project-written copy (CC0) in the styles above: broadsheet and wire reviews, recipes, quizzes, Indian and
# Australian addresses, and news look-alikes.
CLI_PROBES = [
    (None, 'The Copper Kettle review – a cosy bistro with big ambitions',
     'Starters cost from £8 and the tasting menu is £65.', False),
    (None, "Review: 'Night Ferry' is a taut, wintry thriller",
     'The film runs 112 minutes and is rated PG-13.', False),
    (None, 'Slow-roast lamb shoulder recipe',
     'This dish serves six and takes four hours in a low oven.', False),
    (None, 'Football quiz: which clubs won the 1990s league titles?',
     'There are 10 questions, and the answers are at the bottom.', False),
    (None, 'Crossing the Line by Priya Nair review – a sharp debut',
     'The novel runs to 384 pages and costs £16.99.', False),
    (None, 'Hamlet at the Lyceum – review',
     'The production lasts three hours with one interval.', False),
    (None, 'Easy banana bread recipe',
     'Each slice contains about 240 calories.', False),
    ('https://www.example.co.uk/food/recipes/chickpea-curry', 'Chickpea and spinach curry',
     'The curry serves four and freezes for up to three months.', False),
    ('https://www.example.com.au/culture/film/reviews/night-ferry', 'Night Ferry',
     'Tickets cost $22 at most cinemas.', False),
    ('https://www.example.co.in/entertainment/reviews/article123.ece', 'A gentle drama of two brothers',
     'The film is 142 minutes long.', False),
    ('https://www.example.co.uk/sport/quiz/2025/jun/06/cricket', 'How well do you know the Ashes?',
     'There are 12 questions this week.', False),
    (None, 'The Copper Kettle review – a cosy bistro with big ambitions',
     'The owner, Sam Price, was fined £4,000 by magistrates in 2022 for hygiene breaches.', True),
    (None, "Review: 'Night Ferry' is a taut, wintry thriller",
     'The studio told reporters that the film cost $35 million to make.', True),
    ('https://www.example.co.uk/sport/quiz/2025/jun/06/cricket', 'How well do you know the Ashes?',
     'England won the 2005 series by two Tests to one.', True),
    (None, 'Spending review: 4,000 council jobs to go',
     'The council will cut 4,000 jobs over three years.', True),
    (None, 'Police quiz man over Bristol stabbing',
     'A 29-year-old man was stabbed in Bristol on Saturday night.', True),
    (None, 'A recipe for chaos: rail fares rise 5%',
     'Rail fares in England rose by 5% on Sunday.', True),
    ('https://www.example.co.uk/news/uk-12345', 'Ofsted review – heads say inspections unfair',
     'Ofsted inspected 2,400 schools last year.', True),
    ('https://www.example.com/news/2025/06/06/budget', 'Council approves budget',
     'The council approved a budget of £310 million on Tuesday.', True),
    (None, 'Flooding forces 300 from homes in Cumbria',
     'About 300 people were evacuated from their homes overnight.', True),
    (None, '',
     'The company cut 1,500 jobs in March.', True),
    ('first', 'Lemon and thyme chicken recipe',
     'This recipe serves four and takes 40 minutes.', False),
    ('first', 'The Lanterns review – a loud, joyous homecoming',
     'The band played 22 songs in under two hours.', False),
    ('first', 'Sports quiz of the week: finals and farewells',
     'There are 15 questions this week.', False),
    ('first', 'Rail strike called off after pay deal',
     'Unions accepted a 6% pay rise on Friday.', True),
    ('first', 'Bushfire destroys 18 homes near Lithgow',
     'The fire destroyed 18 homes near Lithgow overnight.', True),
    # the review of this branch: reviews, recipes and quizzes the CLI now marks as the stage does ...
    ('first', "Oppenheimer review – Nolan's biggest gamble yet",
     'The film runs for three hours and cost $100m to make.', False),
    ('first', 'Review: ‘The Brutalist’ is a monument to ambition',
     'At 215 minutes, the film includes a 15-minute intermission.', False),
    ('first', "Nigel Slater's summer pea soup recipe",
     'You will need 500g of frozen peas and a litre of stock.', False),
    ('first', 'Christmas quiz: how well do you remember 2024?',
     'There are 20 questions and one tie-breaker.', False),
    ('first', 'The Gallery, Leeds, review – small plates done right',
     'Dishes range from £7 to £14, and wine starts at £28 a bottle.', False),
    ('https://www.example.co.uk/lifeandstyle/recipes/vegan-chilli', 'Vegan chilli for a crowd',
     'The chilli serves eight and costs under £5 to make.', False),
    ('https://www.example.com.au/arts/reviews/hamlet-sydney', 'A bold, brooding Hamlet',
     'The production runs for three hours and seats 900.', False),
    ('first', 'Geography quiz: name the capitals',
     'Each round has 10 questions worth two points.', False),
    ('first', 'Paneer butter masala recipe',
     'The dish takes 35 minutes and serves four.', False),
    ('first', "Sports quiz of the year: 2025's big moments",
     'There are 25 questions, one for each fortnight.', False),
    (None, "Dishoom's chicken ruby – recipe",
     'The curry serves four and keeps for three days.', False),
    # ... and an inquiry's "X review – <clause>" headline, with no address to go by, that stays news
    ('first', 'Rwanda review – Home Office admits £700m cost',
     'The scheme cost £715m and removed no one.', True),
    ('first', 'Police review - 12 officers face misconduct',
     'Greater Manchester Police has 7,800 officers.', True),
    ('first', 'Rail review – Network Rail to be abolished',
     'Network Rail employs 42,000 people and owns 20,000 miles of track.', True),
]

CLI_STILL_WRONG = {
    "The studio told reporters that the film cost $35 million to make.":
        "'the studio' told reporters: the claim is not found in any form, news included",
    "A 29-year-old man was stabbed in Bristol on Saturday night.":
        "a stabbing in the passive with an aged subject is no event the author's rules read",
    "The band played 22 songs in under two hours.":
        "a review's account of the night told as done is read as a fact it reports, like a news figure",
}


def _cli_probe(i: int, url: str | None, title: str, sentence: str, claim: bool):
    marks = [pytest.mark.xfail(strict=True, reason=CLI_STILL_WRONG[sentence])] if sentence in CLI_STILL_WRONG else []
    return pytest.param(url, title, sentence, claim, id=f"cli{i}-{'claim' if claim else 'none'}", marks=marks)


@pytest.mark.parametrize("url,title,sentence,claim", [_cli_probe(i, *p) for i, p in enumerate(CLI_PROBES)])
def test_a_bare_text_s_form_is_read_from_its_title_and_address_as_the_stage_reads_it(extractor, url, title,
                                                                                      sentence, claim):
    if url == "first":
        enrichment = extractor.extract_text(f"{title}\n{sentence}")
    else:
        enrichment = extractor.extract_text(sentence, title=title, url=url)
    assert any(c.content_span.start >= len(title) and sentence[:10] in c.content for c in enrichment.claims) is claim


# "X review – ..." headlines: with no address (a bare text) the shape marks a review only when its tail is no clause
# (``item_form._tail_tells_news``), since an inquiry's headline puts its news there; with an address it marks whatever
# the tail, as the stage always has (a review's tail can be a clause). Project-written headlines (CC0): broadsheet
# film, theatre, music, food and gadget reviews, and UK inquiry news in broadsheet, tabloid and wire styles.
_REVIEW_TAILS = [
    ("Oppenheimer review – Nolan's biggest gamble yet", True),
    ("The Copper Kettle review – a cosy bistro with big ambitions", True),
    ("Crossing the Line by Priya Nair review – a sharp debut", True),
    ("The Lanterns review – a loud, joyous homecoming", True),
    ("Hinds review – a masterclass in restraint", True),
    ("Anora review – Sean Baker's screwball Cinderella story", True),
    ("The Quiet Shore review — a tender coastal drama", True),
    ("Macbeth at the Donmar review – Tennant on blistering form", True),
    ("Wicked review – a dazzling, overstuffed spectacle", True),
    ("The Wild Robot review – DreamWorks at its most tender", True),
    ("Dishoom Canary Wharf review – curry worth queueing for", True),
    ("Pixel 9 review - the best Android camera yet", True),
    ("The Salt Path review – a walk that never quite lands", True),
    ("Gladiator II review – Mescal fights for his life in Rome", True),
    ("Teachers' pay review – unions accept 5.5% rise", False),
    ("Judicial review – High Court quashes airport expansion", False),
    ("Cass review - NHS to close gender clinic", False),
    ("Ofsted review – single-word ratings scrapped", False),
    ("Defence review – army to shrink to 70,000", False),
    ("Spending review - Reeves hands NHS £29bn", False),
    ("BBC review - Bashir interview was deceitful", False),
    ("Independent review - toddler death could have been prevented", False),
    ("Pay review – nurses offered 3.6% as unions threaten strike", False),
    ("Sentencing review – thousands will avoid jail", False),
    ("Waterways review – Thames Water fined £123m", False),
    ("Inquiry review - minister resigns over report", False),
    ("Tax review – Treasury rules out wealth levy", False),
]
# reviews whose tail is a clause: with no address they read as news, as every bare text did before the CLI marked
_CLAUSE_REVIEWS = [
    "Barbie review – Greta Gerwig's doll movie is a pink-hued delight",
    "Nosferatu review – Eggers sinks his teeth in",
    "Sinners review – Coogler's vampire blues will haunt you",
    "Hamnet review – grief made luminous",
    "Glastonbury 2025 review – mud, sun and a headliner to remember",
]


def _parsed_mark(extractor, title: str, url: str | None) -> bool:
    text = f"{title}\n\nThe figure was 400 last year."
    return no_news_form(extractor.nlp(mark_form(titled(extractor.nlp, text, len(title)), url, title)))


@pytest.mark.parametrize("title,marked", [
    *_REVIEW_TAILS,
    *(pytest.param(title, True, marks=pytest.mark.xfail(strict=True, reason=(
        "a review's tail that is a clause reads as an inquiry's news when the headline is all there is")))
      for title in _CLAUSE_REVIEWS)])
def test_a_bare_headline_s_review_dash_marks_a_review_only_when_its_tail_is_no_clause(extractor, title, marked):
    assert _parsed_mark(extractor, title, None) is marked


@pytest.mark.parametrize("title", [t for t, _ in _REVIEW_TAILS[::3]] + _CLAUSE_REVIEWS)
def test_with_an_address_the_review_dash_marks_whatever_its_tail(extractor, title):
    assert _parsed_mark(extractor, title, "https://www.example.co.uk/culture/2025/jun/06/item") is True


# A bare text's first line is its headline unless a hard wrap cut a sentence there: the next line carries it on in
# lower case, or the line ends in a word that leaves a sentence open. Project-written (CC0): UK, US, Indian and
# Australian headlines, datelines, bylines, and wrapped first sentences of wire, broadsheet and local copy.
@pytest.mark.parametrize("text,title", [
    ("Rail strike called off after pay deal\nUnions accepted a 6% pay rise on Friday.", True),
    ("Bushfire destroys 18 homes near Lithgow\n\nThe fire destroyed 18 homes overnight.", True),
    ("Mumbai: Heavy rain floods suburbs, trains halted\nLocal trains were suspended on Tuesday.", True),
    ("Live: Budget 2025\nThe Chancellor will rise at 12.30pm.", True),
    ("Exclusive\nThe Home Office spent £4m on hotels.", True),
    ("LONDON\nThe Treasury borrowed £20bn in May.", True),
    ("Updated 5 June 2025\nBy Tom Reid, Political Editor\nThe Treasury borrowed £20bn in May.", True),
    ("Man, 34, charged after Leeds stabbing\n\nA man has been charged with attempted murder.", True),
    ("Rachel Roddy’s pasta e ceci recipe\nThis serves four and takes 40 minutes.", True),
    ("Macbeth at the Donmar – review\nTickets cost £45 and the show runs two hours.", True),
    ("Inflation falls to 2.3% in April\niPhone sales drove a rise in spending.", True),
    ("Fed holds rates steady\neBay shares rose 3%.", True),
    ("Sydney train strike: what commuters need to know\nTrains will run every 30 minutes.", True),
    ("Kolkata civic body to hike property tax by 10%\nThe Kolkata Municipal Corporation approved the rise.", True),
    ("Travel chaos as snow shuts Stansted\nFlights were cancelled on Sunday.", True),
    ("Review: ‘The Brutalist’ is a monument to ambition\nAt 215 minutes, the film includes an intermission.", True),
    ("What the budget means for you\nThe personal allowance stays at £12,570.", True),
    ("Council tax to rise by 5% in Bristol\n“We had no choice,” the leader said.", True),
    ("Floods in Pakistan – in pictures\nMore than 1,000 people have died.", True),
    ("Best of British: 10 seaside towns to visit this summer\nWhitby tops the list.", True),
    ("Opinion: The Fed has waited too long\nRates should have fallen in March.", True),
    ("Critics say Starmer’s housing plan is a recipe\nfor disaster. The plan costs £39bn over ten years.", False),
    ("The council said on Tuesday that it would close the\nlibrary in March to save £200,000.", False),
    ("Ministers have been warned that the plan is a blow to the\nLabour leader's hopes of winning the seat.", False),
    ("The Reserve Bank held rates at 4.35% and\nsaid inflation was still too high.", False),
    ("Shares in BP fell 4% after the company cut its dividend, and\nanalysts expect more cuts.", False),
    ("The minister told MPs that the scheme had cost more than\n£700m and removed no one.", False),
    ("The school, which opened in 1998, was rated inadequate by Ofsted in a report published on Thursday and\n"
     "will be taken over.", False),
    ("Jobs, homes and the cost of\nliving dominate the campaign.", False),
    pytest.param("Police said the man, 34, was arrested at a house in\nLeeds on Monday night.", False,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a line ending in a preposition before a capital is taken as a headline, as on main"))),
])
def test_a_bare_text_s_first_line_is_its_title_unless_a_hard_wrap_cut_a_sentence(text, title):
    assert (_looks_like_title(text) > 0) is title


def test_a_hard_wrapped_first_line_marks_no_form_and_keeps_the_figure_as_news(extractor):
    enrichment = extractor.extract_text(
        "Critics say Starmer’s housing plan is a recipe\nfor disaster. The plan costs £39bn over ten years.")
    assert any("£39bn" in c.content for c in enrichment.claims)
