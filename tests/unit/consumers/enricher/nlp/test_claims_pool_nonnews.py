"""Paragraphs of real corpus copy that is not news, that no other pool test points into, labelled by
bench/data/README.md before the extractor was run on them: 114 paragraphs of 51 items of the pool of short items
(key hashing to dev, no labelled row or twin), the paragraphs after the standfirst that stops 52 and 53 did not read.
93 are copy that is not news (the Guardian's opinion columns, reviews, a recipe's preamble, fashion, travel and money
columns, picture galleries and captions, a sketch, blogs, a reader callout, culture and sport features; the LA Times'
op-ed and podcast standfirsts; the Washington Post's wellness calendars), 21 are news as a control (the Guardian's UK,
world, money and technology news; the Daily Mail and SMH items of the pool are all read by other pool tests). The
question is what an author's own assertion must carry in such copy: 31 claims, 10 of them the author's in copy that is
not news (a strike's 150 protests, a forum on Monday night, a gallery's vote count, an exhibition match's score).
Rows point into the corpus as ``test_claims_pool_short`` does (# O: not news, # N: news); rows main got wrong are
strict xfails with their cause."""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import pool_paragraph_wrong, strict_xfail

_X = {
    'advised': strict_xfail("'Men have been advised to drink no more than seven pints' is not read as the author's assertion"),
    'after': strict_xfail("'has been suspended after she was found to have ...' is not read as the author's assertion"),
    'concern': strict_xfail("'is concerned that ...' of a described star is not read as the star's claim"),
    'cue': strict_xfail("'mumbles something along the lines that ...' is not read as a cue"),
    'history': strict_xfail("an act in a profile, a biography or a music history is read as the author's news"),
    'listing': strict_xfail("a listing's line (a phone number, a house number, a price) is read as the author's assertion of a figure"),
    'opinion': strict_xfail("a columnist's generalisation or aside ('have changed the landscape', 'were produced by X') is read as an assertion"),
    'personal': strict_xfail("a first-person story's act or figure ('invited me', 'gets £10 a month') is read as the author's assertion"),
    'schedule': strict_xfail("a release date beside lifestyle advice ('is in cinemas on Friday, meaning that ...') is read as an assertion"),
    'speaker': strict_xfail("a claim is made up or given the wrong speaker (a poem's line, a generic 'others', an evaluative subject)"),
    'standfirst': strict_xfail("a standfirst's figure after 'Five years on from ...' is not read as the author's assertion"),
}


@pytest.mark.parametrize("name,guid,start,end,claims,unscored", [
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/2016/jan/12/child-killer-robert-black-dies-northern-ireland-prison-murder-schoolgirls', 62, 204, [(62, 102, None)], [], id='gtf-0-62'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/2016/jan/12/child-killer-robert-black-dies-northern-ireland-prison-murder-schoolgirls', 205, 270, [(205, 239, None)], [], id='gtf-1-205'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/2016/jan/12/child-killer-robert-black-dies-northern-ireland-prison-murder-schoolgirls', 271, 414, [(271, 314, None), (353, 414, None)], [], id='gtf-2-271'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/2016/jan/12/from-the-backbenches-to-the-front-row-what-would-our-sketchwriter-john-crace-make-of-mens-fashion-week', 97, 267, [], [], id='gtf-3-97'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/2016/jan/12/from-the-backbenches-to-the-front-row-what-would-our-sketchwriter-john-crace-make-of-mens-fashion-week', 268, 916, [(842, 887, (406, 411))], [],
                 id='gtf-4-268', marks=_X['cue']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/2016/jan/12/from-the-backbenches-to-the-front-row-what-would-our-sketchwriter-john-crace-make-of-mens-fashion-week', 917, 1305, [], [(1110, 1167)], id='gtf-5-917'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/lifeandstyle/2016/jan/12/potato-gnocchi-recipe-rachel-roddy', 38, 201, [], [], id='gtf-6-38'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/lifeandstyle/2016/jan/12/potato-gnocchi-recipe-rachel-roddy', 202, 637, [], [],
                 id='gtf-7-202', marks=_X['speaker']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/lifeandstyle/2016/jan/12/potato-gnocchi-recipe-rachel-roddy', 638, 1042, [], [], id='gtf-8-638'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/tv-and-radio/2016/jan/12/tracey-ullmans-show-review-not-brave-or-funny-enough', 62, 215, [], [(62, 112)], id='gtf-9-62'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/tv-and-radio/2016/jan/12/tracey-ullmans-show-review-not-brave-or-funny-enough', 216, 335, [], [], id='gtf-10-216'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/tv-and-radio/2016/jan/12/tracey-ullmans-show-review-not-brave-or-funny-enough', 336, 968, [], [(873, 968)],
                 id='gtf-11-336', marks=_X['history']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/syria-refugee-children-lebanon-double-shift-schools', 78, 235, [], [],
                 id='gtf-12-78', marks=_X['speaker']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/syria-refugee-children-lebanon-double-shift-schools', 236, 489, [(372, 488, (330, 353))], [], id='gtf-13-236'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/syria-refugee-children-lebanon-double-shift-schools', 490, 751, [], [], id='gtf-14-490'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/junior-doctors-strike-contract-nhs', 74, 221, [], [], id='gtf-15-74'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/junior-doctors-strike-contract-nhs', 222, 551, [(238, 322, None)], [], id='gtf-16-222'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/junior-doctors-strike-contract-nhs', 552, 773, [], [], id='gtf-17-552'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/junior-doctor-strike-save-nhs-stand-up-government', 91, 222, [], [], id='gtf-18-91'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/junior-doctor-strike-save-nhs-stand-up-government', 223, 964, [(367, 458, None)], [(461, 649)],
                 id='gtf-19-223', marks=_X['speaker']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/junior-doctor-strike-save-nhs-stand-up-government', 965, 1069, [], [], id='gtf-20-965'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/twitter-talking-journalists-social-media', 88, 223, [], [], id='gtf-21-88'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/twitter-talking-journalists-social-media', 224, 599, [], [], id='gtf-22-224'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/twitter-talking-journalists-social-media', 600, 846, [], [], id='gtf-23-600'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/business/2016/jan/12/march-of-the-makers-osbornes-economy-manufacturing-output', 64, 204, [(116, 204, None)], [],
                 id='gtf-24-64', marks=_X['standfirst']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/business/2016/jan/12/march-of-the-makers-osbornes-economy-manufacturing-output', 205, 540, [], [], id='gtf-25-205'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/business/2016/jan/12/march-of-the-makers-osbornes-economy-manufacturing-output', 541, 607, [], [], id='gtf-26-541'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/democratic-presidential-candidates-black-and-brown-forum-iowa-primary', 90, 278, [], [], id='gtf-27-90'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/democratic-presidential-candidates-black-and-brown-forum-iowa-primary', 279, 592, [(372, 549, None)], [], id='gtf-28-279'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/democratic-presidential-candidates-black-and-brown-forum-iowa-primary', 593, 820, [], [], id='gtf-29-593'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/tinder-grindr-crimes-rise-dating-apps', 88, 282, [], [],
                 id='gtf-30-88', marks=_X['opinion']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/tinder-grindr-crimes-rise-dating-apps', 283, 652, [], [], id='gtf-31-283'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/tinder-grindr-crimes-rise-dating-apps', 653, 1121, [(711, 854, (653, 692))], [], id='gtf-32-653'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/money/2016/jan/12/teach-kids-about-money-pockey-money-savings', 70, 199, [], [(70, 199)], id='gtf-33-70'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/money/2016/jan/12/teach-kids-about-money-pockey-money-savings', 200, 726, [], [],
                 id='gtf-34-200', marks=_X['personal']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/money/2016/jan/12/teach-kids-about-money-pockey-money-savings', 727, 1550, [], [],
                 id='gtf-35-727', marks=_X['personal']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/education/2016/jan/12/islam-education-extremism-schools-muslim-prevent', 86, 203, [], [(86, 203)], id='gtf-36-86'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/education/2016/jan/12/islam-education-extremism-schools-muslim-prevent', 204, 749, [], [], id='gtf-37-204'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/education/2016/jan/12/islam-education-extremism-schools-muslim-prevent', 750, 825, [], [], id='gtf-38-750'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/11/housing-estate-david-cameron-social-housing', 78, 213, [], [(78, 143)], id='gtf-39-78'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/11/housing-estate-david-cameron-social-housing', 214, 1259, [], [], id='gtf-40-214'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/11/housing-estate-david-cameron-social-housing', 1260, 1376, [], [], id='gtf-41-1260'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/2016/jan/12/kids-company-psychologist-suspended-for-giving-mdma-to-client', 63, 180, [(63, 102, None)], [], id='gtf-42-63'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/2016/jan/12/kids-company-psychologist-suspended-for-giving-mdma-to-client', 181, 333, [(181, 230, None)], [],
                 id='gtf-43-181', marks=_X['after']),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/2016/jan/12/kids-company-psychologist-suspended-for-giving-mdma-to-client', 334, 512, [], [(334, 512)], id='gtf-44-334'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/politics/2016/jan/12/simon-danczuk-interviewed-under-caution-over-allegation', 62, 180, [(156, 180, (128, 147))], [(62, 121)], id='gtf-45-62'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/politics/2016/jan/12/simon-danczuk-interviewed-under-caution-over-allegation', 181, 299, [(181, 251, None)], [], id='gtf-46-181'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/politics/2016/jan/12/simon-danczuk-interviewed-under-caution-over-allegation', 300, 505, [(475, 504, (442, 461))], [(300, 435)], id='gtf-47-300'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/money/2016/jan/12/london-help-to-buy-scheme-launch-in-february', 49, 190, [(49, 125, None)], [], id='gtf-48-49'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/money/2016/jan/12/london-help-to-buy-scheme-launch-in-february', 191, 330, [(191, 264, None)], [], id='gtf-49-191'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/money/2016/jan/12/london-help-to-buy-scheme-launch-in-february', 331, 559, [(331, 391, None)], [], id='gtf-50-331'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/world/2016/jan/12/paris-plans-worlds-largest-startup-incubator-in-former-railway-yard', 70, 193, [(70, 116, None)], [],
                 id='gtf-51-70', marks=_X['speaker']),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/world/2016/jan/12/paris-plans-worlds-largest-startup-incubator-in-former-railway-yard', 194, 403, [], [(260, 306)], id='gtf-52-194'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/world/2016/jan/12/paris-plans-worlds-largest-startup-incubator-in-former-railway-yard', 404, 786, [(404, 466, None)], [], id='gtf-53-404'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/world/2016/jan/11/infanta-cristina-appears-in-court-amid-tight-security-to-face-tax-evasion-charges', 83, 198, [], [(83, 198)], id='gtf-54-83'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/world/2016/jan/11/infanta-cristina-appears-in-court-amid-tight-security-to-face-tax-evasion-charges', 199, 378, [(199, 251, None)], [], id='gtf-55-199'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/world/2016/jan/11/infanta-cristina-appears-in-court-amid-tight-security-to-face-tax-evasion-charges', 379, 586, [(480, 516, None)], [], id='gtf-56-379'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/apple-good-sleep-new-iphone-feature-night-shift', 61, 177, [], [(122, 177)], id='gtf-57-61'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/apple-good-sleep-new-iphone-feature-night-shift', 178, 432, [], [(297, 432)], id='gtf-58-178'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/apple-good-sleep-new-iphone-feature-night-shift', 433, 751, [], [], id='gtf-59-433'),  # N
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/film/2016/jan/12/new-trailer-coen-brothers-comedy-hail-caesar-ralph-fiennes', 69, 210, [], [], id='gtf-60-69'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/film/2016/jan/12/new-trailer-coen-brothers-comedy-hail-caesar-ralph-fiennes', 211, 381, [], [], id='gtf-61-211'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/film/2016/jan/12/new-trailer-coen-brothers-comedy-hail-caesar-ralph-fiennes', 382, 453, [], [], id='gtf-62-382'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/2016/jan/12/creed-rocky-spinoff-classic-workout-grey-marl-sweatshirt', 42, 169, [], [], id='gtf-63-42'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/2016/jan/12/creed-rocky-spinoff-classic-workout-grey-marl-sweatshirt', 170, 635, [], [],
                 id='gtf-64-170', marks=_X['schedule']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/books/2016/jan/12/hidden-bodies-caroline-kepnes-review-joe-goldberg', 79, 153, [], [], id='gtf-65-79'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/books/2016/jan/12/hidden-bodies-caroline-kepnes-review-joe-goldberg', 154, 320, [], [], id='gtf-66-154'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/books/2016/jan/12/hidden-bodies-caroline-kepnes-review-joe-goldberg', 321, 898, [], [], id='gtf-67-321'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/davehillblog/2016/jan/11/what-will-zac-goldsmiths-2-for-1-housing-bill-amendment-achieve', 69, 227, [], [], id='gtf-68-69'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/davehillblog/2016/jan/11/what-will-zac-goldsmiths-2-for-1-housing-bill-amendment-achieve', 228, 509, [(307, 359, None)], [], id='gtf-69-228'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/uk-news/davehillblog/2016/jan/11/what-will-zac-goldsmiths-2-for-1-housing-bill-amendment-achieve', 510, 1045, [], [(510, 741), (742, 927), (928, 971)], id='gtf-70-510'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/artanddesign/2016/jan/09/your-pictures-share-your-photos-on-the-theme-of-play', 57, 171, [], [], id='gtf-71-57'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/artanddesign/2016/jan/09/your-pictures-share-your-photos-on-the-theme-of-play', 172, 558, [], [], id='gtf-72-172'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/artanddesign/2016/jan/09/your-pictures-share-your-photos-on-the-theme-of-play', 559, 716, [], [], id='gtf-73-559'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/society/2016/jan/08/are-you-cutting-back-on-alcohol-in-line-with-the-new-guidelines', 66, 210, [], [(66, 210)], id='gtf-74-66'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/society/2016/jan/08/are-you-cutting-back-on-alcohol-in-line-with-the-new-guidelines', 211, 633, [(418, 488, None)], [(308, 416), (544, 632)],
                 id='gtf-75-211', marks=_X['advised']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/society/2016/jan/08/are-you-cutting-back-on-alcohol-in-line-with-the-new-guidelines', 634, 756, [], [(634, 708)], id='gtf-76-634'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/sport/picture/2016/jan/12/sport-picture-of-the-day-rafael-nadal-keeps-his-eyes-on-the-ball', 67, 621, [(67, 260, None), (262, 346, None)], [], id='gtf-77-67'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/environment/gallery/2016/jan/11/wildlife-photographer-of-the-year-peoples-choice-award-in-pictures', 71, 518, [(71, 201, None), (267, 388, None)], [], id='gtf-78-71'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/gallery/2016/jan/08/fashion-for-all-ages-activewear-in-pictures', 48, 640, [], [], id='gtf-79-48'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/gallery/2016/jan/08/fashion-for-all-ages-activewear-in-pictures', 641, 791, [], [], id='gtf-80-641'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/gallery/2016/jan/08/fashion-for-all-ages-activewear-in-pictures', 792, 938, [], [], id='gtf-81-792'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/tv-and-radio/shortcuts/2016/jan/12/charles-dance-toff-concerned-state-educated-actors', 68, 243, [(177, 243, (68, 92))], [],
                 id='gtf-82-68', marks=_X['concern']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/music/musicblog/2016/jan/12/cult-heroes-virgo-obscure-chicago-house-duo-full-of-mournful-mystique', 74, 233, [], [],
                 id='gtf-83-74', marks=_X['history']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/music/musicblog/2016/jan/12/cult-heroes-virgo-obscure-chicago-house-duo-full-of-mournful-mystique', 234, 1207, [(1063, 1206, (262, 269))], [],
                 id='gtf-84-234', marks=_X['history']),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/music/musicblog/2016/jan/12/cult-heroes-virgo-obscure-chicago-house-duo-full-of-mournful-mystique', 1208, 1604, [], [], id='gtf-85-1208'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/science/2016/jan/12/dark-matter-physics-dinosaurs-extinction-lisa-randell', 77, 226, [], [], id='gtf-86-77'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/science/2016/jan/12/dark-matter-physics-dinosaurs-extinction-lisa-randell', 227, 579, [], [], id='gtf-87-227'),  # O
    pytest.param('guardian-truncated-fragment.xml', 'http://www.theguardian.com/science/2016/jan/12/dark-matter-physics-dinosaurs-extinction-lisa-randell', 580, 1213, [], [], id='gtf-88-580'),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/sustainable-business/2016/jan/12/dna-testing-kit-23andme-patient-powered-healthcare-genetics', 556, 628, [], [], id='gukf-89-556'),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/politics/2016/jan/11/david-cameron-leads-mps-in-a-charade-of-smoke-and-mirrors', 154, 711, [], [(154, 196), (425, 466)], id='gukf-90-154'),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/travel/2016/jan/12/top-10-family-hotel-villa-holiday-accommodation-europe', 1278, 1698, [], [], id='gukf-91-1278'),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/film/2016/jan/12/ceiling-good-match-the-room-to-the-movie-quiz', 50, 149, [], [], id='gukf-92-50'),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/film/2016/jan/12/el-chapo-joaquin-gatman-hollywood-lure-of-movies-sean-penn', 1116, 1189, [], [], id='gukf-93-1116'),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/artanddesign/2016/jan/12/bertien-van-manens-beyond-maps-and-atlases-ireland', 65, 241, [], [], id='gukf-94-65'),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/artanddesign/2016/jan/12/bertien-van-manens-beyond-maps-and-atlases-ireland', 242, 813, [], [],
                 id='gukf-95-242', marks=_X['speaker']),  # O
    pytest.param('guardian-uk-network-front.xml', 'http://www.theguardian.com/stage/dance-blog/2016/jan/12/bbc-young-dancer-vidya-patel-kathak-indian-classical-dance', 563, 1010, [], [],
                 id='gukf-96-563', marks=_X['personal']),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/film/2018/jan/31/greatest-oscar-winners-best-director-of-all-time-francis-ford-coppola-kathryn-bigelow-frank-capra', 216, 962, [], [], id='gusf-97-216'),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/lifeandstyle/2018/jan/31/eat-it-without-the-guilt-the-story-of-the-worlds-first-clean-foie-gras', 77, 219, [], [(77, 143)], id='gusf-98-77'),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/commentisfree/2018/jan/31/trumps-speech-miserable-democrats-response-to-it', 460, 926, [], [],
                 id='gusf-99-460', marks=_X['speaker']),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/sport/2018/jan/31/nba-angry-fights-basketball', 66, 213, [], [], id='gusf-100-66'),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/sport/2018/jan/31/nba-angry-fights-basketball', 214, 914, [], [(214, 307)], id='gusf-101-214'),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/sport/2018/jan/31/nba-angry-fights-basketball', 915, 1716, [], [(1190, 1258)],
                 id='gusf-102-915', marks=_X['opinion']),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/culture/2018/jan/31/just-another-pretty-face-should-hollywood-stop-giving-bad-guys-a-face-lift', 197, 646, [], [],
                 id='gusf-103-197', marks=_X['opinion']),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/world/2018/jan/31/trafficked-beaten-ensaved-life-of-cannabis-farmer-vietnam', 72, 294, [], [(72, 184)], id='gusf-104-72'),  # O
    pytest.param('guardian-us-front.xml', 'https://www.theguardian.com/world/2018/jan/31/trafficked-beaten-ensaved-life-of-cannabis-farmer-vietnam', 600, 989, [], [(600, 657), (756, 821)], id='gusf-105-600'),  # O
    pytest.param('guardian-world.xml', 'https://www.theguardian.com/sport/2022/sep/25/cycling-road-world-championships-favourite-mathieu-van-der-poel-charged-with-assault-in-sydney', 193, 261, [], [], id='gw-106-193'),  # O
    pytest.param('guardian-world.xml', 'https://www.theguardian.com/sport/2022/sep/25/cycling-road-world-championships-favourite-mathieu-van-der-poel-charged-with-assault-in-sydney', 585, 671, [], [], id='gw-107-585'),  # O
    pytest.param('guardian-world.xml', 'https://www.theguardian.com/uk-news/2022/sep/25/why-the-barber-boom-that-kwasi-kwartengs-mini-budget-recalls-was-destined-for-disaster', 91, 218, [], [], id='gw-108-91'),  # O
    pytest.param('latimes-california.xml', 'https://www.latimes.com/podcasts/story/2021-10-13/podcast-the-times-air-pollution-masters-of-disasters', 48, 198, [], [], id='lat-109-48'),  # O
    pytest.param('latimes-california.xml', 'https://www.latimes.com/opinion/story/2021-10-12/ralph-bunche-ucla-palestine-israel-graffitti-bunche-hall', 99, 267, [], [], id='lat-110-99'),  # O
    pytest.param('washingtonpost-wellness.xml', 'http://www.washingtonpost.com/local/prince-william-county-wellness-calendar-aug-16-23/2012/08/13/4cc1fcc6-dfd9-11e1-8d48-2b1243f34c85_story.html?wprss=rss_wellness', 53, 151, [], [], id='wpw-111-53'),  # O
    pytest.param('washingtonpost-wellness.xml', 'http://www.washingtonpost.com/local/prince-william-county-wellness-calendar-aug-16-23/2012/08/13/4cc1fcc6-dfd9-11e1-8d48-2b1243f34c85_story.html?wprss=rss_wellness', 152, 276, [], [], id='wpw-112-152'),  # O
    pytest.param('washingtonpost-wellness.xml', 'http://www.washingtonpost.com/local/dc-wellness-calendar-aug-9-16/2012/08/06/a0d8b4d4-ddaf-11e1-af1d-753c613ff6d8_story.html?wprss=rss_wellness', 35, 319, [], [],
                 id='wpw-113-35', marks=_X['listing']),  # O
])
def test_a_paragraph_of_copy_that_is_not_news_gets_its_claims_and_no_others(extractor, name, guid, start, end, claims,
                                                                             unscored):
    assert pool_paragraph_wrong(extractor, name, guid, start, end, claims, unscored) == []
