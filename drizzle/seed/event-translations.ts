// French and Persian translations of the seeded events' title and summary (./data.ts), written for the platform; they are
// not taken from the reports the seed data draws on. The English in data.ts is the original and authoritative text. The
// events' quotes and source texts stay in the language of the reports and are not translated.
export type SeedEventText = { title: string; summary: string };

export const seedEventTranslations: Record<string, Partial<Record<"fr" | "fa", SeedEventText>>> = {
  "1988-massacre-commemoration-2017": {
    fr: {
      title: "Commémoration du 29ᵉ anniversaire du massacre des prisonniers politiques en Iran en 1988",
      summary:
        "Le compte rendu rapporte qu’une cérémonie marquant le 29ᵉ anniversaire du massacre des prisonniers politiques en Iran en 1988, qui a fait selon lui 30 000 victimes, a réuni à Tirana, en Albanie, des personnalités américaines et européennes du monde politique et de la défense des droits de l’homme, ainsi qu’un grand nombre de membres de l’Organisation des moudjahidines du peuple d’Iran (OMPI). Maryam Rajavi a exhorté le Conseil des droits de l’homme des Nations unies et le Haut-Commissaire des Nations unies aux droits de l’homme à mettre en place une commission d’enquête internationale, et a appelé le Conseil de sécurité des Nations unies à saisir de ce dossier la Cour pénale internationale ou un tribunal spécial. Sont également intervenus Kerry Kennedy, Mariano Rabino, Pietro Liuzzi, Ingrid Betancourt et Tahar Boumedra ; plusieurs d’entre eux ont souligné que les auteurs du massacre n’avaient jamais été traduits en justice, et ont demandé que l’ONU agisse et que les responsables rendent des comptes.",
    },
    fa: {
      title: "مراسم یادبود بیست و نهمین سالگرد قتل‌عام زندانیان سیاسی در ایران در سال ۱۳۶۷",
      summary:
        "بنا بر گزارش مربوط، مراسمی به مناسبت بیست و نهمین سالگرد قتل‌عام زندانیان سیاسی در ایران در سال ۱۳۶۷ (۱۹۸۸)، که این گزارش شمار قربانیان آن را ۳۰ هزار نفر ذکر می‌کند، با حضور شخصیت‌های سیاسی و مدافع حقوق بشر از ایالات متحده و اروپا و شمار زیادی از اعضای سازمان مجاهدین خلق ایران در تیرانای آلبانی برگزار شد. مریم رجوی از شورای حقوق بشر سازمان ملل متحد و کمیسر عالی حقوق بشر سازمان ملل متحد خواست یک کمیسیون تحقیق بین‌المللی تشکیل دهند و از شورای امنیت سازمان ملل متحد خواست این پرونده را به دیوان کیفری بین‌المللی یا دادگاهی ویژه ارجاع دهد. کری کندی، ماریانو رابینو، پیترو لیوتزی، اینگرید بتانکور و طاهر بومدرا نیز سخنرانی کردند؛ چند تن از آنان گفتند عاملان این کشتار هرگز به دست عدالت سپرده نشده‌اند و خواستار اقدام سازمان ملل و پاسخ‌گویی مسئولان شدند.",
    },
  },
  "paris-5th-district-conference-2017": {
    fr: {
      title: "Conférence et exposition sur le massacre de 1988, à la mairie du 5ᵉ arrondissement de Paris",
      summary:
        "Selon le compte rendu, la mairie du 5ᵉ arrondissement de Paris a organisé dans ses locaux le 28 novembre 2017, à l’invitation de sa maire, Florence Berthout, une exposition et une conférence à la mémoire des prisonniers politiques qui ont péri lors du massacre commis en 1988 dans les prisons iraniennes. Des personnalités politiques, des avocats et des élus français ont appelé l’Organisation des Nations unies et ses États membres à prendre les mesures qui s’imposent, et des intervenants, dont Tahar Boumedra et Rama Yade, ont réclamé une enquête internationale ; Maryam Rajavi a adressé un message vidéo, et des mères de victimes ainsi que des représentants de la jeune génération iranienne ont également pris la parole. Jean-François Legaret a annoncé que plus de 2 000 maires et conseillers municipaux français avaient signé une déclaration réaffirmant la nécessité d’une enquête internationale.",
    },
    fa: {
      title: "کنفرانس و نمایشگاه در شهرداری ناحیهٔ ۵ پاریس دربارهٔ قتل‌عام سال ۱۳۶۷",
      summary:
        "بنا بر گزارش مربوط، شهرداری ناحیهٔ ۵ پاریس در ۷ آذر ۱۳۹۶ (۲۸ نوامبر ۲۰۱۷) به دعوت فلورانس برتو، شهردار این ناحیه، نمایشگاه و کنفرانسی در ساختمان شهرداری به یاد زندانیان سیاسی‌ای برگزار کرد که در سال ۱۳۶۷ (۱۹۸۸) در کشتار زندان‌های ایران جان باختند. شخصیت‌های سیاسی، وکلا و مقامات منتخب فرانسوی از سازمان ملل متحد و کشورهای عضو آن خواستند اقدام مناسب را به عمل آورند و سخنرانانی از جمله طاهر بومدرا و راما یاد خواستار تحقیق بین‌المللی شدند؛ مریم رجوی پیامی ویدئویی فرستاد و مادران قربانیان و نمایندگانی از نسل جوان ایران نیز سخن گفتند. ژان‌فرانسوا لگاره اعلام کرد که بیش از ۲٬۰۰۰ شهردار و عضو شوراهای شهر در فرانسه بیانیه‌ای را امضا کرده‌اند که بار دیگر بر ضرورت تحقیق بین‌المللی تأکید می‌کند.",
    },
  },
};
