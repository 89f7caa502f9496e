import { seedCampaignTexts } from "./translations";
import type { SeedEvent, SeedCampaign } from "./types";

// Seed data drawn only from the two pasted reports in shared/seeds (000_*, 004_*).
// Quotes in callsToAction are verbatim sentences from those reports; source texts are verbatim.
// Where a report does not say something (publisher, URL, exact date, host), the value is null or says so.

const REPORT_000_TITLE = "Anniversary of 1988 massacre of political prisoners in Iran honored in Paris ceremony";

const REPORT_004_TITLE = "Paris’ 5th District calls for UN probe into Iran’s 1988 massacre";

const REPORT_000_TEXT = `Anniversary of 1988 massacre of political prisoners in Iran honored in Paris ceremony

Anniversary of 1988 massacre of political prisoners in Iran honored in Paris ceremony

The 29th anniversary of the massacre of 30,000 political prisoners in Iran was observed in a ceremony attended by political and human rights figures from the US and Europe, and a large number of PMOI members in Tirana, Albania.

Addressing the ceremony, the Iranian Resistance’s President-elect Maryam Rajavi underscored the expansion of the movement seeking justice for the victims of the 1988 massacre among Iranians as well as human rights advocates from around the world. She urged the UN Human Rights Council and the UN High Commissioner for Human Rights to launch an international commission of inquiry to investigate this horrendous crime. She called on the UN Security Council to refer this dossier to the International Criminal Court or a special court to prosecute the perpetrators of this crime against humanity, criminals who are presently among the leaders of the clerical regime.

A number of political and human rights personalities addressed this ceremony, including Ms. Kerry Kennedy, daughter of the late Senator Robert Kennedy and President of the Robert F. Kennedy Human Rights; Mr. Mariano Rabino, member of the foreign affairs and human rights committees of the Parliament of Italy; Senator Pietro Liuzzi, member of the cultural and EU policy committees of the Italian Senate; Ms. Ingrid Betancourt, former senator from Columbia; and Mr. Tahar Boumedra, former director of the Human Rights Office of UNAMI.

Kerry Kennedy, who strongly believes that it is time for Iran to be free, noted, “You are trying to bring back to Iran a government that is based on humanity, not on suffering and oppression, but on compassion and love for one another. And in that, all the world is with you. And I am proud to stand here with you, today. We are here today because we believe in freedom and we stand in solidarity with the people of Iran. We stand against the mullahs who have caused untold terror in your beloved country… The mullahs denied the people of Iran the pride of their extraordinary heritage, a heritage admired across the globe… Iran wrote the first human rights charter some 2500 years ago…”

Senator Pietro Liuzzi reminded, “In the summer of 1988, in less than a few weeks, they executed more than 30,000 prisoners. The majority of the victims were from members and affiliates of the PMOI. This was a crime against humanity. One of the several greatest crimes in the contemporary history of mankind. None of those murderers involved in the massacre were ever prosecuted. They did not face justice. Some of the criminals are among the highest officials of the regime.”

He continued by emphasizing, “The Iranian regime has always been trying to actively destabilize the region. It supports terrorist organizations. Proxy militias play this role for the Iranian regime. It was for this cruel role that the IRGC (Revolutionary Guards) was rightly designated as a terrorist entity [by the U.S.]. Europe must also do the same.”

Mariano Rabino said: “Due to international pressures, Rouhani was compelled to replace Mostafa Pour-Mohammadi with Alireza Avaie, another member of the Death Committee, who was responsible for the murder of many individuals including scores who were juveniles. As previous speakers pointed out, our governments and the EU should give priority to human rights in its dealings with Iran. No realpolitik consideration or business interest should take precedent to human rights. All of us, all human rights advocates, and all those who seek freedom and democracy should urge the UN to provide a factual and documented report on the 1988 massacre.”

“All Western governments share the blame, all of them have procrastinated. But eventually a movement has begun and things are moving. In Italy, a majority members of the parliament signed a petition in June, condemning the 1988 massacre and demanding that the masterminds and perpetrators of this massacre be brought to justice.”

“Scores of dictatorial regimes in contemporary history committed crimes against humanity. They enjoyed impunity for a while, but this is the time for awakening. From Nuremberg, to The Hague, to the courts pertaining to the former Yugoslavia, to the trials of crimes against humanity that took place in Africa, Asia, and in America, the dictators and criminals were eventually brought to justice. They had to face the fact findings that were pursued by the international community and by the people of those countries.”


Ingrid Betancourt said: “Twenty-nine years ago, Khomeini came with a fatwa that was only comparable to the final solution Hitler enacted years before during World War II. This was the starting chapter of the most cruel years in the history of the people of Iran. And 30,000 people were killed without any legal support… The very frightening part of this story is that we have all the information, all the names, all the documents, the proofs; we have the witnesses; we have the survivors. We have the testimonies; we even have the confessions of those who perpetrated those crimes. We have it all but we still have impunity.”

Ms. Betancourt added: “In history, the wrong is only turned into good through justice. If there is no justice, the wrong is still active, the suffering is still active, the pain and the wounds are still open. Today, the criminals that perpetrated those crimes are in highest positions in the government in Iran. They are high officials of the regime… If we are silent, we become accomplice of the crime…

“We need to ask the UN to play its role. We need to ask the High Commissioner for Human Rights to begin an independent inquiry to investigate what we know… Khomeini is gone but those who are alive today have to go on trial in an international court; and we will not have any rest until this is achieved.”

Tahar Boumedra, former director of the Human Rights Office of the United Nations in Iraq, said, “The law is on our side. We will send the fear that you used to suffer from in Camp Ashraf and Camp Liberty, the persecution you suffered from, it has to change camps, has to go to Tehran. So, those people who committed those crimes, they must now start to fear, the fear that you used to have in Ashraf and Liberty. That will start from now when the negotiation teams will travel abroad. They cannot just travel without being previously arranging their immunity. Their travel abroad with impunity will come to the end. But I do not want to forget those who were assassinated in Ashraf and in Liberty. Those assassins have to be held accountable as well. So, although our focus today is on the crimes of 1988, we must also focus on the blood that was shed in total impunity in Iraq. So, I hope that we will be able to extend our mandate JVMI (Justice for the Victims of the 1988 Massacre in Iran) to cover also the crimes committed in Ashraf and Liberty. And we also need to work very hard to bring those who committed these crimes to justice. It is feasible; it is reachable and we must do it.”

The ceremony commemorating the 30,000 political prisoners massacred in 1988 also featured inspiring artistic and theatrical performances.`;

const REPORT_004_TEXT = `Paris’ 5th District calls for UN probe into Iran’s 1988 massacre

The Municipality of Paris’ 5th District held an exhibition and conference at the Town Hall on 28 November 2017 to remember the thousands of political prisoners who perished in Iran during the prison massacre of 1988.

Invited by Florence Berthout, Mayor of the 5th District of Paris, the conference was co-sponsored by the Committee to Support Human Rights in Iran and the Committee of French Mayors for a Democratic Iran. A number of political personalities, lawyers and elected representatives of France called on the United Nations and its Member States to take appropriate action against this “crime against humanity”.

Speakers included former Algerian Prime Minister Sid Ahmad Ghozali, former French Foreign Minister Bernard Kouchner, former French Human Rights Minister Rama Yade, Mayor of Paris’s 1st District Jean-François Legaret, former Columbian Senator and Presidential candidate Ingrid Betancourt, distinguished French lawyer William Bourdon, and Tahar Boumedra of JVMI, who called for the formation of an international commission of inquiry to investigate the extra-judicial executions of 30,000 political prisoners in the summer 1988.

The executions were carried out based on a fatwa by Ayatollah Khomeini, the founder of the theocratic regime in Iran, the speakers pointed out.

Maryam Rajavi, President-elect of the National Council of Resistance of Iran, sent a video message to the conference, stating that “the international community’s appeasement of the Iranian regime and the immunity enjoyed by its officials over some 40 years has emboldened these criminals. The mullahs who carried out the massacre in 1988, now hold the world record in per capita executions.”

The mothers of several victims of the 1988 massacre spoke of their grief in still searching for the bodies of their loved ones. Representatives of Iran’s young generation pointed out that young Iranians inside the country demand accountability for the Iranian regime’s officials over these crimes.

Bernard Kouchner recalled that Khomeini decided in the name of God to order the death of 30,000 political prisoners within a few months. Kouchner described the massacre as the ‘climax of barbarism’. He condemned the fact that a member of the 1988 Death Commissions, that sent prisoners to their death, is currently the Justice Minister in Hassan Rouhani’s cabinet.

Rama Yade called for an international investigation into the 1988 massacre and pointed out that the Iranian Judiciary, whose officials had a direct role in the massacre, is not competent to investigate this crime.

William Bourdon pointed out that the 1988 massacre in Iran is the largest massacre of political prisoners since World War II. We must put an end to the impunity enjoyed by the perpetrators of the massacre, he said.

The co-chair of the Committee of French Mayors for a Democratic Iran, Jean-François Legaret announced that more than 2,000 French Mayors and councilors have signed a new declaration endorsing the conference’s objectives. He pointed out the mayors and councilors had signed the declaration at the recent annual Congress of Mayors of France and that the text reiterated the need for an international investigation into the 1988 massacre in Iran.

Numerous documents, photographs, video footage, handicraft of executed prisoners and other artwork were put on exhibition on the sideline of this conference.`;

export const seedEvents: SeedEvent[] = [
  {
    slug: "1988-massacre-commemoration-2017",
    title: "29th anniversary commemoration of the 1988 massacre of political prisoners in Iran",
    occurredOn: null,
    dateNote:
      "2017. The report describes the ceremony as marking the 29th anniversary of the massacre of political prisoners in the summer of 1988, which places it in 2017; it gives no day or month.",
    place: "Tirana, Albania",
    placeNote:
      "The report's headline says the anniversary was “honored in Paris ceremony”, but its body says the ceremony was attended by “a large number of PMOI members in Tirana, Albania” and does not mention Paris. The place is recorded as Tirana, Albania, following the body of the report.",
    host: "Not named in the report; the ceremony was attended by political and human rights figures from the US and Europe and, the report says, a large number of PMOI members.",
    summary:
      "The report says a ceremony marking the 29th anniversary of the 1988 massacre of political prisoners in Iran, which it puts at 30,000 victims, was attended by political and human rights figures from the US and Europe and a large number of PMOI members in Tirana, Albania. Maryam Rajavi urged the UN Human Rights Council and the UN High Commissioner for Human Rights to launch an international commission of inquiry, and called on the UN Security Council to refer the case to the International Criminal Court or a special court. Other speakers were Kerry Kennedy, Mariano Rabino, Pietro Liuzzi, Ingrid Betancourt and Tahar Boumedra; several of them said the perpetrators had never faced justice and called for UN action and accountability.",
    speakers: [
      { name: "Maryam Rajavi", role: "The Iranian Resistance’s President-elect" },
      {
        name: "Kerry Kennedy",
        role: "Daughter of the late Senator Robert Kennedy and President of the Robert F. Kennedy Human Rights",
      },
      {
        name: "Mariano Rabino",
        role: "Member of the foreign affairs and human rights committees of the Parliament of Italy",
      },
      {
        name: "Pietro Liuzzi",
        role: "Senator; member of the cultural and EU policy committees of the Italian Senate",
      },
      { name: "Ingrid Betancourt", role: "Former senator from Columbia" },
      {
        name: "Tahar Boumedra",
        role: "Former director of the Human Rights Office of UNAMI (the United Nations in Iraq)",
      },
    ],
    sources: [
      {
        title: REPORT_000_TITLE,
        publisher: null,
        publishedOn: null,
        url: null,
        text: REPORT_000_TEXT,
        note: "The headline says the ceremony was held in Paris; the body of the report says it took place in Tirana, Albania, with a large number of PMOI members, and does not mention Paris.",
      },
    ],
    callsToAction: [
      {
        speaker: "Maryam Rajavi",
        target: "UN Human Rights Council and UN High Commissioner for Human Rights",
        action: "Launch an international commission of inquiry to investigate the 1988 massacre",
        quote:
          "She urged the UN Human Rights Council and the UN High Commissioner for Human Rights to launch an international commission of inquiry to investigate this horrendous crime.",
      },
      {
        speaker: "Maryam Rajavi",
        target: "UN Security Council",
        action: "Refer the dossier to the International Criminal Court or a special court to prosecute the perpetrators",
        quote:
          "She called on the UN Security Council to refer this dossier to the International Criminal Court or a special court to prosecute the perpetrators of this crime against humanity, criminals who are presently among the leaders of the clerical regime.",
      },
      {
        speaker: "Pietro Liuzzi",
        target: "Europe",
        action: "Designate the IRGC (Revolutionary Guards) as a terrorist entity, as the U.S. has done",
        quote:
          "It was for this cruel role that the IRGC (Revolutionary Guards) was rightly designated as a terrorist entity [by the U.S.]. Europe must also do the same.",
      },
      {
        speaker: "Mariano Rabino",
        target: "Governments (the speaker's and his audience's) and the European Union",
        action: "Give priority to human rights in dealings with Iran",
        quote: "As previous speakers pointed out, our governments and the EU should give priority to human rights in its dealings with Iran.",
      },
      {
        speaker: "Mariano Rabino",
        target: "Human rights advocates and all those who seek freedom and democracy",
        action: "Urge the UN to provide a factual and documented report on the 1988 massacre",
        quote:
          "All of us, all human rights advocates, and all those who seek freedom and democracy should urge the UN to provide a factual and documented report on the 1988 massacre.",
      },
      {
        speaker: "Ingrid Betancourt",
        target: "United Nations",
        action: "Play its role",
        quote: "We need to ask the UN to play its role.",
      },
      {
        speaker: "Ingrid Betancourt",
        target: "UN High Commissioner for Human Rights",
        action: "Begin an independent inquiry into the 1988 massacre",
        quote: "We need to ask the High Commissioner for Human Rights to begin an independent inquiry to investigate what we know…",
      },
      {
        speaker: "Ingrid Betancourt",
        target: "Not named in the report",
        action: "Put those responsible who are still alive on trial in an international court",
        quote:
          "Khomeini is gone but those who are alive today have to go on trial in an international court; and we will not have any rest until this is achieved.",
      },
      {
        speaker: "Tahar Boumedra",
        target: "Not named in the report",
        action: "Hold accountable those who carried out the killings in Camp Ashraf and Camp Liberty",
        quote: "Those assassins have to be held accountable as well.",
      },
      {
        speaker: "Tahar Boumedra",
        target: "Not named in the report (the speaker said “we”)",
        action: "Work to bring those who committed these crimes to justice",
        quote: "And we also need to work very hard to bring those who committed these crimes to justice.",
      },
    ],
  },
  {
    slug: "paris-5th-district-conference-2017",
    title: "Conference and exhibition on the 1988 massacre at the Town Hall of Paris’ 5th District",
    occurredOn: "2017-11-28",
    dateNote: "28 November 2017, as stated in the report.",
    place: "Town Hall of the 5th District (Mairie du 5e arrondissement), Paris, France",
    placeNote: null,
    host: "The Municipality of Paris’ 5th District, at the invitation of Mayor Florence Berthout; co-sponsored by the Committee to Support Human Rights in Iran and the Committee of French Mayors for a Democratic Iran.",
    summary:
      "The report says the Municipality of Paris’ 5th District held an exhibition and conference at its Town Hall on 28 November 2017, at the invitation of Mayor Florence Berthout, to remember the political prisoners who perished in Iran in the prison massacre of 1988. Political personalities, lawyers and elected representatives of France called on the United Nations and its Member States to take appropriate action, and speakers including Tahar Boumedra and Rama Yade called for an international inquiry; Maryam Rajavi sent a video message, and mothers of victims and representatives of Iran's young generation also spoke. Jean-François Legaret announced that more than 2,000 French mayors and councillors had signed a declaration reiterating the need for an international investigation.",
    speakers: [
      {
        name: "Florence Berthout",
        role: "Mayor of the 5th District of Paris; invited the conference (host)",
      },
      { name: "Sid Ahmad Ghozali", role: "Former Algerian Prime Minister" },
      { name: "Bernard Kouchner", role: "Former French Foreign Minister" },
      { name: "Rama Yade", role: "Former French Human Rights Minister" },
      {
        name: "Jean-François Legaret",
        role: "Mayor of Paris’s 1st District; co-chair of the Committee of French Mayors for a Democratic Iran",
      },
      { name: "Ingrid Betancourt", role: "Former Columbian Senator and Presidential candidate" },
      { name: "William Bourdon", role: "Distinguished French lawyer" },
      {
        name: "Tahar Boumedra",
        role: "Of JVMI (Justice for the Victims of the 1988 Massacre in Iran)",
      },
      {
        name: "Maryam Rajavi",
        role: "President-elect of the National Council of Resistance of Iran (by video message)",
      },
    ],
    sources: [
      {
        title: REPORT_004_TITLE,
        publisher: null,
        publishedOn: null,
        url: null,
        text: REPORT_004_TEXT,
        note: null,
      },
    ],
    callsToAction: [
      {
        speaker: null,
        target: "United Nations and its Member States",
        action: "Take appropriate action against the 1988 massacre as a crime against humanity",
        quote:
          "A number of political personalities, lawyers and elected representatives of France called on the United Nations and its Member States to take appropriate action against this “crime against humanity”.",
      },
      {
        speaker: "Tahar Boumedra",
        target: "Not named in the report",
        action: "Form an international commission of inquiry into the extra-judicial executions of 30,000 political prisoners in the summer of 1988",
        quote:
          "Speakers included former Algerian Prime Minister Sid Ahmad Ghozali, former French Foreign Minister Bernard Kouchner, former French Human Rights Minister Rama Yade, Mayor of Paris’s 1st District Jean-François Legaret, former Columbian Senator and Presidential candidate Ingrid Betancourt, distinguished French lawyer William Bourdon, and Tahar Boumedra of JVMI, who called for the formation of an international commission of inquiry to investigate the extra-judicial executions of 30,000 political prisoners in the summer 1988.",
      },
      {
        speaker: "Rama Yade",
        target: "Not named in the report",
        action: "Hold an international investigation into the 1988 massacre",
        quote:
          "Rama Yade called for an international investigation into the 1988 massacre and pointed out that the Iranian Judiciary, whose officials had a direct role in the massacre, is not competent to investigate this crime.",
      },
      {
        speaker: "William Bourdon",
        target: "Not named in the report (the speaker said “we”)",
        action: "End the impunity enjoyed by the perpetrators of the massacre",
        quote: "We must put an end to the impunity enjoyed by the perpetrators of the massacre, he said.",
      },
      {
        speaker: null,
        target: "Not named in the report",
        action: "Hold the Iranian regime’s officials accountable for these crimes",
        quote:
          "Representatives of Iran’s young generation pointed out that young Iranians inside the country demand accountability for the Iranian regime’s officials over these crimes.",
      },
      {
        speaker: "Jean-François Legaret",
        target: "Not named in the report",
        action:
          "Hold an international investigation into the 1988 massacre (as reiterated in a declaration signed by more than 2,000 French mayors and councillors)",
        quote:
          "He pointed out the mayors and councilors had signed the declaration at the recent annual Congress of Mayors of France and that the text reiterated the need for an international investigation into the 1988 massacre in Iran.",
      },
    ],
  },
];

/** A seeded campaign's text in its authoritative language, and that language. */
function originalText(slug: string) {
  const { authoritative, texts } = seedCampaignTexts[slug];
  return { ...texts[authoritative], language: authoritative };
}

export const seedCampaigns: SeedCampaign[] = [
  {
    slug: "un-commission-of-inquiry",
    kind: "petition",
    // Its text in its authoritative language; the other languages are in ./translations.ts.
    ...originalText("un-commission-of-inquiry"),
    goal: 10000,
    eventSlug: "1988-massacre-commemoration-2017",
    signerFields: {
      country: "required",
      city: "optional",
      postcode: "off",
      office: "off",
      municipality: "off",
    },
    listNamesPublicly: true,
    offlineTallies: [],
  },
  {
    slug: "mayors-declaration",
    kind: "declaration",
    // Its text in its authoritative language; the other languages are in ./translations.ts.
    ...originalText("mayors-declaration"),
    goal: 5000,
    eventSlug: "paris-5th-district-conference-2017",
    signerFields: {
      country: "required",
      city: "off",
      postcode: "off",
      office: "required",
      municipality: "required",
    },
    listNamesPublicly: true,
    offlineTallies: [
      {
        count: 2000,
        description:
          "More than 2,000 French mayors and councillors signed the declaration on paper at the annual Congress of Mayors of France, as announced by Jean-François Legaret on 28 November 2017.",
        sourceTitle: REPORT_004_TITLE,
        sourceUrl: null,
        sourceDate: "2017-11-28",
      },
    ],
  },
];
