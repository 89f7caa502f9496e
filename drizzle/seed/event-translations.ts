// French and Persian translations of the seeded events' title and summary (./data.ts), written for the platform; they are
// not taken from the reports the seed data draws on. The English in data.ts is the original and authoritative text. The
// events' quotes and source texts stay in the language of the reports and are not translated.
export type SeedEventText = {
  title: string;
  summary: string;
  /** Who each call is on and what it asks, in the order of the event's calls in ./data.ts. */
  calls?: { target: string; action: string }[];
};

export const seedEventTranslations: Record<string, Partial<Record<"fr" | "fa", SeedEventText>>> = {
  "1988-massacre-commemoration-2017": {
    fr: {
      title: "Commémoration du 29ᵉ anniversaire du massacre des prisonniers politiques en Iran en 1988",
      summary:
        "Le compte rendu rapporte qu’une cérémonie marquant le 29ᵉ anniversaire du massacre des prisonniers politiques en Iran en 1988, qui a fait selon lui 30 000 victimes, a réuni à Tirana, en Albanie, des personnalités américaines et européennes du monde politique et de la défense des droits de l’homme, ainsi qu’un grand nombre de membres de l’Organisation des moudjahidines du peuple d’Iran (OMPI). Maryam Rajavi a exhorté le Conseil des droits de l’homme des Nations unies et le Haut-Commissaire des Nations unies aux droits de l’homme à mettre en place une commission d’enquête internationale, et a appelé le Conseil de sécurité des Nations unies à saisir de ce dossier la Cour pénale internationale ou un tribunal spécial. Sont également intervenus Kerry Kennedy, Mariano Rabino, Pietro Liuzzi, Ingrid Betancourt et Tahar Boumedra ; plusieurs d’entre eux ont souligné que les auteurs du massacre n’avaient jamais été traduits en justice, et ont demandé que l’ONU agisse et que les responsables rendent des comptes.",
      calls: [
        {
          target: "le Conseil des droits de l’homme des Nations unies et le Haut-Commissaire des Nations unies aux droits de l’homme",
          action: "mettre en place une commission d’enquête internationale sur le massacre de 1988",
        },
        {
          target: "le Conseil de sécurité des Nations unies",
          action: "saisir de ce dossier la Cour pénale internationale ou un tribunal spécial afin que les auteurs du massacre soient poursuivis",
        },
        {
          target: "l’Europe",
          action:
            "désigner le Corps des gardiens de la révolution islamique (les pasdarans) comme entité terroriste, comme l’ont fait les États-Unis",
        },
        {
          target: "les gouvernements (celui de l’orateur et ceux de son auditoire) et l’Union européenne",
          action: "accorder la priorité aux droits de l’homme dans leurs relations avec l’Iran",
        },
        {
          target: "les défenseurs des droits de l’homme et tous ceux qui aspirent à la liberté et à la démocratie",
          action: "exhorter l’ONU à produire un rapport factuel et documenté sur le massacre de 1988",
        },
        { target: "les Nations unies", action: "jouer leur rôle" },
        { target: "le Haut-Commissaire des Nations unies aux droits de l’homme", action: "ouvrir une enquête indépendante sur le massacre de 1988" },
        { target: "Non précisé dans l’article", action: "traduire devant une juridiction internationale les responsables encore en vie" },
        {
          target: "Non précisé dans l’article",
          action: "amener les auteurs des tueries commises au camp Achraf et au camp Liberty à rendre des comptes",
        },
        { target: "Non précisé dans l’article (l’orateur a dit « nous »)", action: "œuvrer à traduire en justice les auteurs de ces crimes" },
      ],
    },
    fa: {
      title: "مراسم یادبود بیست و نهمین سالگرد قتل‌عام زندانیان سیاسی در ایران در سال ۱۳۶۷",
      summary:
        "بنا بر گزارش مربوط، مراسمی به مناسبت بیست و نهمین سالگرد قتل‌عام زندانیان سیاسی در ایران در سال ۱۳۶۷ (۱۹۸۸)، که این گزارش شمار قربانیان آن را ۳۰ هزار نفر ذکر می‌کند، با حضور شخصیت‌های سیاسی و مدافع حقوق بشر از ایالات متحده و اروپا و شمار زیادی از اعضای سازمان مجاهدین خلق ایران در تیرانای آلبانی برگزار شد. مریم رجوی از شورای حقوق بشر سازمان ملل متحد و کمیسر عالی حقوق بشر سازمان ملل متحد خواست یک کمیسیون تحقیق بین‌المللی تشکیل دهند و از شورای امنیت سازمان ملل متحد خواست این پرونده را به دیوان کیفری بین‌المللی یا دادگاهی ویژه ارجاع دهد. کری کندی، ماریانو رابینو، پیترو لیوتزی، اینگرید بتانکور و طاهر بومدرا نیز سخنرانی کردند؛ چند تن از آنان گفتند عاملان این کشتار هرگز به دست عدالت سپرده نشده‌اند و خواستار اقدام سازمان ملل و پاسخ‌گویی مسئولان شدند.",
      calls: [
        {
          target: "شورای حقوق بشر سازمان ملل متحد و کمیسر عالی حقوق بشر سازمان ملل متحد",
          action: "یک کمیسیون تحقیق بین‌المللی برای بررسی قتل‌عام سال ۱۳۶۷ تشکیل دهند",
        },
        {
          target: "شورای امنیت سازمان ملل متحد",
          action: "این پرونده را به دیوان کیفری بین‌المللی یا دادگاهی ویژه ارجاع دهد تا عاملان قتل‌عام محاکمه شوند",
        },
        { target: "اروپا", action: "سپاه پاسداران را، همان‌گونه که ایالات متحده کرده است، نهادی تروریستی اعلام کند" },
        { target: "دولت‌ها (دولت سخنران و دولت‌های حاضران) و اتحادیهٔ اروپا", action: "در روابط خود با ایران حقوق بشر را در اولویت قرار دهند" },
        {
          target: "مدافعان حقوق بشر و همهٔ کسانی که در پی آزادی و دموکراسی‌اند",
          action: "از سازمان ملل متحد بخواهند گزارشی مستند و متکی بر واقعیت‌ها دربارهٔ قتل‌عام سال ۱۳۶۷ ارائه کند",
        },
        { target: "سازمان ملل متحد", action: "نقش خود را ایفا کند" },
        { target: "کمیسر عالی حقوق بشر سازمان ملل متحد", action: "تحقیقی مستقل دربارهٔ قتل‌عام سال ۱۳۶۷ آغاز کند" },
        { target: "در گزارش نامی برده نشده", action: "مسئولانی که هنوز زنده‌اند در دادگاهی بین‌المللی محاکمه شوند" },
        { target: "در گزارش نامی برده نشده", action: "عاملان کشتارهای کمپ اشرف و کمپ لیبرتی پاسخ‌گو شوند" },
        { target: "در گزارش نامی برده نشده (سخنران گفت «ما»)", action: "برای به دست عدالت سپردن عاملان این جنایات تلاش کنیم" },
      ],
    },
  },
  "paris-5th-district-conference-2017": {
    fr: {
      title: "Conférence et exposition sur le massacre de 1988, à la mairie du 5ᵉ arrondissement de Paris",
      summary:
        "Selon le compte rendu, la mairie du 5ᵉ arrondissement de Paris a organisé dans ses locaux le 28 novembre 2017, à l’invitation de sa maire, Florence Berthout, une exposition et une conférence à la mémoire des prisonniers politiques qui ont péri lors du massacre commis en 1988 dans les prisons iraniennes. Des personnalités politiques, des avocats et des élus français ont appelé l’Organisation des Nations unies et ses États membres à prendre les mesures qui s’imposent, et des intervenants, dont Tahar Boumedra et Rama Yade, ont réclamé une enquête internationale ; Maryam Rajavi a adressé un message vidéo, et des mères de victimes ainsi que des représentants de la jeune génération iranienne ont également pris la parole. Jean-François Legaret a annoncé que plus de 2 000 maires et conseillers municipaux français avaient signé une déclaration réaffirmant la nécessité d’une enquête internationale.",
      calls: [
        {
          target: "l’Organisation des Nations unies et ses États membres",
          action: "prendre les mesures qui s’imposent face au massacre de 1988, crime contre l’humanité",
        },
        {
          target: "Non précisé dans l’article",
          action:
            "mettre en place une commission d’enquête internationale sur les exécutions extrajudiciaires de 30 000 prisonniers politiques à l’été 1988",
        },
        { target: "Non précisé dans l’article", action: "mener une enquête internationale sur le massacre de 1988" },
        { target: "Non précisé dans l’article (l’orateur a dit « nous »)", action: "mettre fin à l’impunité dont jouissent les auteurs du massacre" },
        { target: "Non précisé dans l’article", action: "amener les responsables du régime iranien à rendre des comptes pour ces crimes" },
        {
          target: "Non précisé dans l’article",
          action:
            "mener une enquête internationale sur le massacre de 1988 (comme le réaffirme une déclaration signée par plus de 2 000 maires et conseillers municipaux français)",
        },
      ],
    },
    fa: {
      title: "کنفرانس و نمایشگاه در شهرداری ناحیهٔ ۵ پاریس دربارهٔ قتل‌عام سال ۱۳۶۷",
      summary:
        "بنا بر گزارش مربوط، شهرداری ناحیهٔ ۵ پاریس در ۷ آذر ۱۳۹۶ (۲۸ نوامبر ۲۰۱۷) به دعوت فلورانس برتو، شهردار این ناحیه، نمایشگاه و کنفرانسی در ساختمان شهرداری به یاد زندانیان سیاسی‌ای برگزار کرد که در سال ۱۳۶۷ (۱۹۸۸) در کشتار زندان‌های ایران جان باختند. شخصیت‌های سیاسی، وکلا و مقامات منتخب فرانسوی از سازمان ملل متحد و کشورهای عضو آن خواستند اقدام مناسب را به عمل آورند و سخنرانانی از جمله طاهر بومدرا و راما یاد خواستار تحقیق بین‌المللی شدند؛ مریم رجوی پیامی ویدئویی فرستاد و مادران قربانیان و نمایندگانی از نسل جوان ایران نیز سخن گفتند. ژان‌فرانسوا لگاره اعلام کرد که بیش از ۲٬۰۰۰ شهردار و عضو شوراهای شهر در فرانسه بیانیه‌ای را امضا کرده‌اند که بار دیگر بر ضرورت تحقیق بین‌المللی تأکید می‌کند.",
      calls: [
        { target: "سازمان ملل متحد و کشورهای عضو آن", action: "در برابر قتل‌عام سال ۱۳۶۷، به‌عنوان جنایتی علیه بشریت، اقدام مناسب را به عمل آورند" },
        {
          target: "در گزارش نامی برده نشده",
          action: "یک کمیسیون تحقیق بین‌المللی برای بررسی اعدام‌های فراقضایی ۳۰ هزار زندانی سیاسی در تابستان ۱۳۶۷ (۱۹۸۸) تشکیل شود",
        },
        { target: "در گزارش نامی برده نشده", action: "تحقیقی بین‌المللی دربارهٔ قتل‌عام سال ۱۳۶۷ انجام شود" },
        { target: "در گزارش نامی برده نشده (سخنران گفت «ما»)", action: "به مصونیت عاملان قتل‌عام از مجازات پایان دهیم" },
        { target: "در گزارش نامی برده نشده", action: "مقامات رژیم ایران بابت این جنایات پاسخ‌گو شوند" },
        {
          target: "در گزارش نامی برده نشده",
          action:
            "تحقیقی بین‌المللی دربارهٔ قتل‌عام سال ۱۳۶۷ انجام شود (چنان‌که بیانیه‌ای به امضای بیش از ۲٬۰۰۰ شهردار و عضو شوراهای شهر در فرانسه بار دیگر بر آن تأکید کرده است)",
        },
      ],
    },
  },
};
