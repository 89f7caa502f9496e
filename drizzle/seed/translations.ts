// The seeded campaigns' texts in each language the platform holds them in, and which language is
// authoritative for each: the UN petition is authoritative in English (its English is the text in
// data.ts), the mayors' declaration in French (its English is now a translation of the French).
// The French and Persian texts were written for the platform; they are not taken from the reports
// the seed data draws on, and no claim is made here about who wrote or reviewed them.
export type SeedText = { title: string; summary: string; statement: string; decisionMakers: string[] };

export const seedCampaignTexts: Record<string, { authoritative: "en" | "fr" | "fa"; texts: Record<"en" | "fr" | "fa", SeedText> }> = {
  "un-commission-of-inquiry": {
    authoritative: "en",
    texts: {
      en: {
        title: "An international commission of inquiry into the 1988 massacre of political prisoners in Iran",
        summary:
          "A petition asking the UN Human Rights Council and the UN High Commissioner for Human Rights to establish an international commission of inquiry into the 1988 massacre of political prisoners in Iran.",
        statement: [
          "We call on the UN Human Rights Council and the UN High Commissioner for Human Rights to establish an international commission of inquiry into the 1988 massacre of political prisoners in Iran.",
          "In the summer of 1988, political prisoners in Iran were executed without trial in the space of a few weeks. The accounts we rely on put the number of victims at 30,000. No one has been prosecuted for these killings, families are still searching for the bodies of their loved ones, and people involved in the executions hold high office in Iran today.",
          "An independent international inquiry is needed to establish the facts, identify those responsible and open the way to justice for the victims and their families. We ask the Human Rights Council and the High Commissioner to act without further delay.",
        ].join("\n\n"),
        decisionMakers: ["UN Human Rights Council", "UN High Commissioner for Human Rights"],
      },
      fr: {
        title: "Pour une commission d’enquête internationale sur le massacre des prisonniers politiques en Iran en 1988",
        summary:
          "Une pétition demandant au Conseil des droits de l’homme des Nations unies et au Haut-Commissaire des Nations unies aux droits de l’homme de mettre en place une commission d’enquête internationale sur le massacre des prisonniers politiques en Iran en 1988.",
        statement: [
          "Nous appelons le Conseil des droits de l’homme des Nations unies et le Haut-Commissaire des Nations unies aux droits de l’homme à mettre en place une commission d’enquête internationale sur le massacre des prisonniers politiques en Iran en 1988.",
          "À l’été 1988, en l’espace de quelques semaines, des prisonniers politiques ont été exécutés sans procès en Iran. Les sources sur lesquelles nous nous appuyons font état de 30 000 victimes. Personne n’a été poursuivi pour ces crimes, des familles cherchent encore les corps de leurs proches, et des personnes ayant pris part à ces exécutions occupent aujourd’hui de hautes fonctions en Iran.",
          "Une enquête internationale indépendante est nécessaire pour établir les faits, identifier les responsables et ouvrir la voie à la justice pour les victimes et leurs familles. Nous demandons au Conseil des droits de l’homme et au Haut-Commissaire d’agir sans plus tarder.",
        ].join("\n\n"),
        decisionMakers: ["Conseil des droits de l’homme des Nations unies", "Haut-Commissaire des Nations unies aux droits de l’homme"],
      },
      fa: {
        title: "تشکیل کمیسیون تحقیق بین‌المللی دربارهٔ قتل‌عام زندانیان سیاسی در ایران در سال ۱۳۶۷",
        summary:
          "دادخواستی که از شورای حقوق بشر سازمان ملل متحد و کمیسر عالی حقوق بشر سازمان ملل متحد می‌خواهد کمیسیون تحقیق بین‌المللی‌ای دربارهٔ قتل‌عام زندانیان سیاسی در ایران در سال ۱۳۶۷ (۱۹۸۸) تشکیل دهند.",
        statement: [
          "ما از شورای حقوق بشر سازمان ملل متحد و کمیسر عالی حقوق بشر سازمان ملل متحد می‌خواهیم کمیسیون تحقیق بین‌المللی‌ای دربارهٔ قتل‌عام زندانیان سیاسی در ایران در سال ۱۳۶۷ (۱۹۸۸) تشکیل دهند.",
          "در تابستان ۱۳۶۷ (۱۹۸۸)، زندانیان سیاسی در ایران در فاصلهٔ چند هفته و بدون محاکمه اعدام شدند. گزارش‌هایی که به آن‌ها استناد می‌کنیم، شمار قربانیان را ۳۰ هزار نفر ذکر می‌کنند. تاکنون هیچ‌کس به‌خاطر این کشتار تحت پیگرد قرار نگرفته است، خانواده‌ها هنوز در جست‌وجوی پیکر عزیزانشان هستند و کسانی که در این اعدام‌ها دست داشتند، امروز در ایران مناصب بالایی در دست دارند.",
          "برای روشن شدن حقایق، شناسایی مسئولان و هموار کردن راه اجرای عدالت برای قربانیان و خانواده‌هایشان، تحقیقی بین‌المللی و مستقل ضروری است. از شورای حقوق بشر و کمیسر عالی می‌خواهیم بی‌آنکه بیش از این درنگ کنند، دست به اقدام بزنند.",
        ].join("\n\n"),
        decisionMakers: ["شورای حقوق بشر سازمان ملل متحد", "کمیسر عالی حقوق بشر سازمان ملل متحد"],
      },
    },
  },
  "mayors-declaration": {
    authoritative: "fr",
    texts: {
      fr: {
        title: "Déclaration d’élus pour une enquête internationale sur le massacre de 1988 en Iran",
        summary:
          "Une déclaration de maires et de conseillers municipaux qui souscrivent aux objectifs de la conférence du 28 novembre 2017 à la mairie du 5ᵉ arrondissement de Paris et réaffirment la nécessité d’une enquête internationale sur le massacre de 1988 en Iran. Le texte proposé ici est une reformulation, par la plateforme, du contenu de la déclaration tel que le décrit le compte rendu, et non le texte exact de la version papier, que ce compte rendu ne reproduit pas.",
        statement: [
          "Nous, maires et conseillers municipaux soussignés, souscrivons aux objectifs de la conférence tenue le 28 novembre 2017 à la mairie du 5ᵉ arrondissement de Paris à la mémoire des prisonniers politiques qui ont péri lors du massacre commis en 1988 dans les prisons iraniennes, conférence au cours de laquelle les intervenants ont appelé l’Organisation des Nations unies et ses États membres à prendre les mesures qui s’imposent contre ce crime contre l’humanité.",
          "Nous réaffirmons la nécessité d’une enquête internationale sur le massacre de 1988 en Iran.",
          "Note : ce texte est une reformulation, par la plateforme, de la déclaration que plus de 2 000 maires et conseillers municipaux français ont signée sur papier lors du Congrès annuel des maires de France. Le compte rendu sur lequel il s’appuie décrit le contenu de la déclaration sans en reproduire le texte.",
        ].join("\n\n"),
        decisionMakers: ["Organisation des Nations unies", "États membres de l’ONU"],
      },
      en: {
        title: "Elected officials’ declaration for an international investigation into the 1988 massacre in Iran",
        summary:
          "A declaration by mayors and councillors endorsing the objectives of the 28 November 2017 conference at the Town Hall of Paris’ 5th District and reiterating the need for an international investigation into the 1988 massacre in Iran. The wording here is the platform's restatement of what the report says the declaration contains, not the verbatim paper text, which the report does not reproduce.",
        statement: [
          "We, the undersigned mayors and councillors, endorse the objectives of the conference held at the Town Hall of Paris’ 5th District on 28 November 2017 in memory of the political prisoners who perished in Iran during the prison massacre of 1988, at which speakers called on the United Nations and its Member States to take appropriate action against this crime against humanity.",
          "We reiterate the need for an international investigation into the 1988 massacre in Iran.",
          "Note: this is the platform's restatement of the declaration that more than 2,000 French mayors and councillors signed on paper at the annual Congress of Mayors of France. The report it is based on describes the declaration's content but does not reproduce its text.",
        ].join("\n\n"),
        decisionMakers: ["United Nations", "UN Member States"],
      },
      fa: {
        title: "بیانیهٔ مقامات منتخب برای تحقیق بین‌المللی دربارهٔ قتل‌عام سال ۱۳۶۷ در ایران",
        summary:
          "بیانیه‌ای از سوی شهرداران و اعضای شوراهای شهر که از اهداف کنفرانس ۷ آذر ۱۳۹۶ (۲۸ نوامبر ۲۰۱۷) در شهرداری ناحیهٔ ۵ پاریس پشتیبانی می‌کنند و بار دیگر بر ضرورت تحقیق بین‌المللی دربارهٔ قتل‌عام سال ۱۳۶۷ (۱۹۸۸) در ایران تأکید می‌کنند. متنی که در اینجا آمده بازنویسی این سکو از محتوای بیانیه بنا بر گزارش مربوط است، نه متن دقیق نسخهٔ کاغذی آن که در این گزارش نقل نشده است.",
        statement: [
          "ما، شهرداران و اعضای شوراهای شهر که این بیانیه را امضا کرده‌ایم، از اهداف کنفرانسی پشتیبانی می‌کنیم که در ۷ آذر ۱۳۹۶ (۲۸ نوامبر ۲۰۱۷) در شهرداری ناحیهٔ ۵ پاریس به یاد زندانیان سیاسی‌ای برگزار شد که در سال ۱۳۶۷ (۱۹۸۸) در کشتار زندان‌های ایران جان باختند؛ کنفرانسی که سخنرانان آن از سازمان ملل متحد و کشورهای عضو آن خواستند در برابر این جنایت علیه بشریت اقدام مناسب را به عمل آورند.",
          "ما بار دیگر بر ضرورت تحقیق بین‌المللی دربارهٔ قتل‌عام سال ۱۳۶۷ در ایران تأکید می‌کنیم.",
          "یادداشت: این متن بازنویسی‌ای است که این سکو از بیانیه‌ای فراهم کرده که بیش از ۲٬۰۰۰ شهردار و عضو شوراهای شهر در فرانسه، در کنگرهٔ سالانهٔ شهرداران فرانسه، روی کاغذ امضا کردند. گزارشی که این متن بر پایهٔ آن نوشته شده، محتوای بیانیه را شرح می‌دهد اما متن آن را نقل نمی‌کند.",
        ].join("\n\n"),
        decisionMakers: ["سازمان ملل متحد", "کشورهای عضو سازمان ملل"],
      },
    },
  },
};
