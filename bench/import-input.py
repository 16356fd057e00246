#!/usr/bin/env python3
"""Writes realistic import input for bench/import-benchmark.sh: articles.jsonl (about 5 KB of
text each, paragraphs with attributed quotes, as campaign coverage reads) and claims.csv
(statements with a speaker, date, topics, source and rating). Usage: DIR ARTICLES CLAIMS"""
import csv, json, random, sys

random.seed(2016)
out, n_articles, n_claims = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
first = ["Ana", "Paul", "Rosa", "Glenn", "Dana", "Lena", "Marcus", "Helen", "Omar", "Tess", "Victor", "June"]
last = ["Ruiz", "Ortiz", "Harstad", "Whitfield", "Brightwater", "Okafor", "Lindqvist", "Moreau", "Castillo", "Pryor"]
people = [f"{f} {l}" for f in first for l in last]
roles = ["Senator", "Governor", "Rep.", "Mayor", "candidate"]
outlets = ["Valley Tribune", "Lakeshore Herald", "Desert Sun Ledger", "Granite Weekly", "Potomac Dispatch",
           "Gulf Coast Courier", "Prairie Post", "Harbor Times"]
topics = ["economy", "jobs", "immigration", "health care", "education", "taxes", "voting", "energy"]
ratings = ["True", "Mostly true", "Half true", "Mostly false", "False"]
nouns = ["voters", "the campaign", "the district", "the state", "the budget", "schools", "the border", "factories",
         "families", "the county", "turnout", "the economy", "health insurance", "the ballot", "taxpayers"]
verbs = ["backed", "criticised", "promised", "questioned", "funded", "blocked", "expanded", "cut", "defended"]
fillers = ["on Tuesday", "last year", "in a statement", "at a rally", "during the debate", "since 2014",
           "according to records", "in the final weeks", "by a wide margin", "across the region"]


def sentence():
    return f"{random.choice(nouns).capitalize()} {random.choice(verbs)} {random.choice(nouns)} {random.choice(fillers)}."


def quote():
    words = " ".join(sentence().rstrip(".").lower() for _ in range(random.randint(1, 2)))
    who = random.choice(people)
    frame = random.randint(0, 3)
    if frame == 0:
        return f'"{words.capitalize()}," {random.choice(roles)} {who} said.'
    if frame == 1:
        return f'{who} said {random.choice(fillers)} that "{words}."'
    if frame == 2:
        return f'"{words.capitalize()}," said {who}, who {random.choice(verbs)} {random.choice(nouns)}.'
    return f'{who} called it "{random.choice(["a disaster", "a good deal", "long overdue", "reckless"])}."'


def paragraph():
    parts = [sentence() for _ in range(random.randint(3, 6))]
    parts.insert(random.randint(0, len(parts)), quote())
    return " ".join(parts)


with open(f"{out}/articles.jsonl", "w") as f:
    for i in range(n_articles):
        body, paragraphs = 0, []
        while body < 5000:
            p = paragraph()
            paragraphs.append(p)
            body += len(p) + 1
        f.write(json.dumps({"url": f"https://news.example/{i // 1000}/{i}", "title": f"Campaign story {i}",
                            "outlet": random.choice(outlets), "byline": random.choice(people),
                            "published": f"2016-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
                            "body": "\n".join(paragraphs)}) + "\n")

with open(f"{out}/claims.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["statement", "speaker", "date", "topics", "source_url", "rating"])
    for i in range(n_claims):
        w.writerow([f"{sentence()[:-1]} ({i}).", random.choice(people),
                    f"2018-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
                    "; ".join(random.sample(topics, 2)), f"https://news.example/claims/{i}", random.choice(ratings)])
