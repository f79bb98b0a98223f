"""The project's own templated training sentences (written for this project; no dataset text).

Purpose: (1) give the model hate / violence positives AND hard negatives in languages with no corpus
here (es, it, nl, pl, hi, zh, sw) or with only partial labels (de, pt); (2) teach every language that
reporting, counter-speech quoting hate, negation, positive mentions and non-hateful profanity are not
hate (the "slur = hate" trap). Templates are crossed with identity terms per target group.

These sentences are training data only. They are deliberately simple and are NOT the functional test
suite (test/functional/, written independently); the eval reports them as their own "templates"
dataset so nobody mistakes their (easy) scores for real-world performance. Whole templates are held
out for dev/val (never single sentences), so the template val rows test unseen sentence frames.

Each language entry:
  groups: {group: [term, ...]} or, where grammar needs two cases, [(nominative, oblique), ...];
  hate:    derogation / dehumanisation           -> hate 1, violence 0, target = group
  violence: threats / calls to violence on group -> hate 1, violence 1, target = group
  benign:  neutral, positive, counter-speech, news, negation -> hate 0, offensive 0, violence 0
  profanity: swearing without a target            -> offensive 1, hate 0, violence 0, targets 0
  insult:  insults at an individual's conduct     -> offensive 1, hate 0, violence 0, targets 0
  threat:  threats at an individual, no group     -> violence 1, hate 0, targets 0
  other:   attacks on objects/institutions, idioms -> hate 0, violence 0, targets 0
Placeholders: {g} (nominative) and {o} (oblique case, falls back to {g}).

Session 7 appended 26 frames per language (8 violence, 8 hate, 6 benign, 2 threat, 2 other), written
without reading the functional suite; session 9 appended 24 more (APPENDED_S9, below) and wrote 10 per
language for val only (HELD_OUT_S9); session 14 added 7 benign frames per language for training only (APPENDED_S14), session 15 8 more (APPENDED_S15) and 4 minimal pairs for them (APPENDED_S16). Frames are only ever appended: a frame's index fixes its split, and
splits/val-hashes.txt fixes val membership, so an appended frame whose index says "val" is trained on
(prepare_data.py) and the session-1 val rows stay (HELD_OUT_S9 only adds to them). Known defect kept for that reason: the
Polish val frame "nienawidzę {o}" needs the genitive, so it reads wrongly for the female groups.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from labels import IDX, empty, targets  # noqa: E402

L: dict[str, dict] = {}

L["en"] = {
    "groups": {
        "religion": ["muslims", "jews", "christians", "hindus"],
        "ethnicity": ["black people", "asians", "arabs", "roma"],
        "nationality": ["immigrants", "refugees", "mexicans", "foreigners"],
        "gender": ["women", "girls"],
        "sexual_orientation": ["gay people", "lesbians", "trans people"],
        "disability": ["disabled people", "autistic people"],
        "political": ["leftists", "conservatives"],
    },
    "hate": ["{g} are disgusting", "{g} are vermin", "{g} are parasites who should not exist",
             "i hate {g}, every single one of them", "{g} are subhuman animals",
             "never trust {g}, they are all criminals", "{g} are a disease infecting this country",
             "{g} are worthless trash", "the world would be better without {g}",
             "{g} are too stupid to be allowed to vote",
             "ban {g} from our parks, pools and libraries. this town is for decent people",
             "honestly, {g} are poisoning our culture a little more every year, and nobody dares to say it",
             "no {g} in our schools, our offices or our government. keep them out",
             "why does anyone still pretend {g} are human beings like the rest of us?",
             "{g} are lazy leeches living off our taxes",
             "every time i see {g} on tv i want to throw up. filth, all of them",
             "employers should be free to refuse to hire {g}, full stop",
             "wherever {g} show up, everything rots. they spread like mould through a house"],
    "violence": ["kill all {g}", "we should shoot {g} on sight", "let's burn down the homes of {g} tonight",
                 "{g} deserve to be hanged", "grab your weapons and drive the {g} out of town",
                 "i will stab the next one of those {g} i see", "someone should bomb the places where {g} meet",
                 "it's them or us now. stock up on ammo and hit {g} before they hit us",
                 "bring petrol and matches, tonight we cleanse our street of {g} for good",
                 "#PestControl starts saturday: {g} have infested our town, so we exterminate them like the rats they are",
                 "if the cops won't protect us from {g}, we will. meet at the square at 9, bring bats and knives",
                 "why are {g} still breathing? somebody finish the job already",
                 "the only real solution for {g} is a mass grave",
                 "i'd happily drive my truck into a crowd of {g}. who's with me?",
                 "load the rifles, lads. when {g} show up at the march tomorrow, aim for the head"],
    "benign": ["{g} live in every city of this country", "my neighbours are {g} and they are lovely",
               "{g} deserve the same rights as everyone", "i am proud to stand with {g}",
               "saying that {g} are vermin is hateful and wrong",
               "he wrote that {g} should be killed, and he was rightly banned",
               "the report documents a rise in attacks against {g}",
               "police are investigating threats made against {g}",
               "{g} are not criminals, stop spreading lies", "i would never hurt {g}, that idea is sick",
               "a new documentary tells the history of {g}", "many {g} volunteered at the food bank this weekend",
               "don't call {g} parasites, it is dehumanising",
               "\"{g} are rats\" - that is the kind of post that ends with people getting killed. reported.",
               "two men were arrested after painting threats against {g} on the walls of a community centre",
               "i would never say we should keep {g} out of our street, that's not who we are",
               "shoutout to the {g} who organised the charity run today, amazing turnout! #community",
               "is it true that hate crimes against {g} doubled last year? asking for a school project",
               "people who call {g} a plague should try actually talking to their neighbours before posting"],
    "profanity": ["fuck, i missed the bus again", "this shit weather ruins everything",
                  "holy shit that concert was amazing", "damn, this fucking printer is broken again",
                  "what the hell is this bullshit traffic"],
    "insult": ["you are a complete idiot", "shut up, you stupid clown", "my boss is an arrogant jerk"],
    "threat": ["i will break your legs if you touch my car again", "say that again and i will punch you in the face",
               "i'm going to kill you, you lying thief",
               "touch my sister again and you won't walk out of that bar on your own legs",
               "keep stealing from my shop and i'll put a bullet in you, mark my words"],
    "other": ["i hate mondays", "this new phone is garbage", "the tax reform is a disaster",
              "this referee is a disgrace to football", "kill the lights when you leave",
              "that comedian killed it last night", "we destroyed them in the match yesterday",
              "burn this stupid tax law to the ground and start over",
              "my legs are dead after that run, this hill murdered me"],
}

L["fr"] = {
    "groups": {
        "religion": ["les musulmans", "les juifs", "les chrétiens"],
        "ethnicity": ["les noirs", "les arabes", "les roms", "les asiatiques"],
        "nationality": ["les immigrés", "les réfugiés", "les étrangers"],
        "gender": ["les femmes"],
        "sexual_orientation": ["les homosexuels", "les lesbiennes", "les personnes trans"],
        "disability": ["les handicapés", "les autistes"],
        "political": ["les gauchistes", "les conservateurs"],
    },
    "hate": ["{g} sont des parasites", "{g} sont de la vermine", "je déteste {g}, tous sans exception",
             "{g} sont des sous-hommes", "{g} sont une maladie pour ce pays", "{g} ne valent rien, ce sont des déchets",
             "le monde serait meilleur sans {g}", "{g} sont tous des criminels",
             "{g} n'ont rien à faire dans nos écoles ni dans nos administrations",
             "franchement, {g} empoisonnent notre culture un peu plus chaque année, et personne n'ose le dire",
             "pourquoi on continue à faire comme si {g} étaient des êtres humains comme nous ?",
             "un propriétaire devrait pouvoir refuser {g} comme locataires, point barre",
             "{g} vivent à nos crochets. des sangsues, voilà ce que c'est",
             "{g} à la télé, ça me donne envie de vomir. une engeance répugnante",
             "partout où {g} passent, tout pourrit, comme une moisissure qui ronge une maison",
             "pas d'embauche pour {g}, on ne veut pas de ça dans notre entreprise"],
    "violence": ["il faut tuer {g}", "brûlons les maisons où vivent {g} ce soir", "{g} méritent d'être pendus",
                 "prenez vos armes et chassez {g} de la ville", "on devrait abattre {g} à vue",
                 "je vais poignarder le prochain que je croise parmi {g}",
                 "c'est nous ou {g}, pas de troisième voie. armez-vous avant qu'on se fasse égorger dans nos lits",
                 "grand nettoyage samedi soir : {g} ne quitteront pas le quartier en vie. ramenez des barres de fer",
                 "dératisation générale : on commence par {g} et on ne laisse aucun survivant",
                 "si l'État ne fait rien contre {g}, on s'en chargera nous-mêmes. rendez-vous devant la mairie, venez armés",
                 "{g} dans nos rues ? une rafale de kalach et c'est réglé",
                 "qui est chaud pour aller cogner {g} ce soir après le match ? on sera une vingtaine",
                 "la seule solution pour {g}, c'est la fosse commune",
                 "vivement le jour où on enverra {g} six pieds sous terre, et je serai en première ligne"],
    "benign": ["{g} vivent dans toutes les villes du pays", "mes voisins sont {g} et ils sont adorables",
               "{g} ont les mêmes droits que tout le monde", "je suis fier de soutenir {g}",
               "dire que {g} sont de la vermine est haineux et faux",
               "il a écrit qu'il fallait tuer {g}, et il a été condamné",
               "le rapport recense une hausse des agressions contre {g}",
               "la police enquête sur des menaces visant {g}", "{g} ne sont pas des criminels, arrêtez de mentir",
               "je ne ferais jamais de mal à {g}", "un documentaire raconte l'histoire et la culture dans la vie quotidienne: {g} en parlent",
               "« {g} sont des rats » : c'est exactement ce genre de post qui finit par tuer. signalé.",
               "deux hommes ont été interpellés pour avoir tagué des menaces contre {g} sur les murs d'une maison de quartier",
               "jamais je ne dirais qu'il faut chasser {g} de notre rue, ce n'est pas ça, notre pays",
               "{g} du quartier ont organisé une course solidaire ce matin, merci pour cette super ambiance ! #solidarité",
               "est-ce vrai que les actes haineux visant {g} ont doublé l'an dernier ? c'est pour un exposé",
               "ceux qui traitent {g} de fléau n'ont jamais pris la peine de parler avec leurs voisins"],
    "profanity": ["putain, j'ai encore raté le bus", "ce temps de merde gâche tout", "bordel, cette imprimante est encore en panne"],
    "insult": ["t'es vraiment un abruti", "ferme-la, espèce de clown", "mon chef est un connard arrogant"],
    "threat": ["si tu touches encore à ma voiture je te casse les jambes", "répète ça et je t'éclate la gueule",
               "touche encore une fois à ma sœur et tu ressortiras de ce bar sur un brancard",
               "continue à voler dans ma boutique et je te colle une balle, t'es prévenu"],
    "other": ["je déteste les lundis", "ce téléphone est une daube", "cette réforme fiscale est un désastre",
              "l'arbitre est une honte pour le football", "il a tué le game hier soir avec son sketch",
              "cette réforme des retraites, il faut la brûler et tout reprendre à zéro",
              "ce partiel m'a achevé, je suis mort"],
}

L["de"] = {
    "groups": {
        "religion": ["die Muslime", "die Juden", "die Christen"],
        "ethnicity": ["die Schwarzen", "die Araber", "die Roma", "die Asiaten"],
        "nationality": ["die Ausländer", "die Flüchtlinge", "die Migranten", "die Türken"],
        "gender": ["die Frauen"],
        "sexual_orientation": ["die Schwulen", "die Lesben", "die Transmenschen"],
        "disability": ["die Behinderten", "die Autisten"],
        "political": ["die Linken", "die Konservativen"],
    },
    "hate": ["{g} sind Parasiten", "{g} sind Ungeziefer", "ich hasse {g}, alle ohne Ausnahme",
             "{g} sind Untermenschen", "{g} sind eine Krankheit für dieses Land", "{g} sind wertloser Abschaum",
             "die Welt wäre besser ohne {g}", "{g} sind alle Verbrecher",
             "{g} haben in unseren Schulen und Ämtern nichts verloren",
             "{g} vergiften unsere Kultur jedes Jahr ein bisschen mehr, und keiner traut sich, es zu sagen",
             "warum tun eigentlich alle so, als wären {g} Menschen wie wir?",
             "Vermieter sollten {g} als Mieter ablehnen dürfen, Punkt.",
             "{g} liegen uns allen auf der Tasche, Blutsauger sind das",
             "wenn ich {g} im Fernsehen sehe, wird mir schlecht. ekelhaftes Pack",
             "wo {g} auftauchen, verfault alles. die breiten sich aus wie Schimmel im Keller",
             "keine Jobs für {g}, so was wollen wir in unserer Firma nicht"],
    "violence": ["man sollte {g} alle umbringen", "heute Nacht zünden wir die Häuser an, in denen {g} wohnen",
                 "{g} gehören aufgehängt", "holt eure Waffen und jagt {g} aus der Stadt",
                 "{g} sollte man an der Grenze erschießen", "ich werde den nächsten von denen abstechen, {g} sind dran",
                 "wir oder sie. bewaffnet euch, bevor {g} zuerst zuschlagen",
                 "am Samstag wird das Viertel gesäubert: {g} kommen da nicht lebend raus. bringt Eisenstangen mit",
                 "Zeit für Schädlingsbekämpfung: {g} zuerst, und diesmal bleibt niemand übrig",
                 "die Polizei schaut weg? dann regeln wir das selbst. Treffpunkt 21 Uhr am Marktplatz, Messer mit, heute sind {g} dran",
                 "{g} in unserer Straße? ein paar Molotowcocktails und das Problem ist erledigt",
                 "wer hat Lust, nach dem Spiel noch {g} aufzumischen? wir sind schon zwanzig Mann",
                 "{g} gehören nicht in unsere Stadt, sondern unter die Erde",
                 "wann fangen wir endlich an, {g} wie Wild zu jagen? mein Gewehr ist schon geladen"],
    "benign": ["{g} leben in jeder Stadt dieses Landes", "meine Nachbarn sind {g} und sie sind sehr nett",
               "{g} haben die gleichen Rechte wie alle", "ich stehe solidarisch an der Seite, wenn {g} angegriffen werden",
               "zu sagen, {g} seien Ungeziefer, ist menschenverachtend und falsch",
               "er schrieb, man solle {g} töten, und wurde zu Recht verurteilt",
               "der Bericht dokumentiert mehr Angriffe gegen {g}",
               "die Polizei ermittelt wegen Drohungen gegen {g}", "{g} sind keine Verbrecher, hört auf zu lügen",
               "ich würde {g} niemals etwas antun", "eine neue Dokumentation erzählt, wie {g} hier leben",
               "„{g} sind Ratten“ – genau solche Posts führen am Ende dazu, dass Menschen sterben. Gemeldet.",
               "zwei Männer wurden festgenommen, nachdem sie Drohungen gegen {g} an die Wand eines Gemeindezentrums gesprüht hatten",
               "nie im Leben würde ich fordern, {g} aus unserer Straße zu vertreiben. so sind wir nicht",
               "{g} aus dem Viertel haben heute den Spendenlauf organisiert, super Stimmung! #Nachbarschaft",
               "stimmt es, dass sich die Übergriffe gegen {g} letztes Jahr verdoppelt haben? frage für ein Referat",
               "wer {g} als Seuche bezeichnet, hat wohl noch nie mit seinen Nachbarn geredet"],
    "profanity": ["scheiße, ich habe schon wieder den Bus verpasst", "dieses verdammte Scheißwetter", "verfickt nochmal, der Drucker ist schon wieder kaputt"],
    "insult": ["du bist so ein Vollidiot", "halt die Klappe, du Clown", "mein Chef ist ein arrogantes Arschloch"],
    "threat": ["wenn du mein Auto noch einmal anfasst, breche ich dir die Beine", "sag das noch mal und ich schlag dir ins Gesicht",
               "fass meine Schwester noch einmal an und du verlässt die Kneipe auf einer Trage",
               "klaust du noch einmal in meinem Laden, jag ich dir eine Kugel in den Kopf, merk dir das"],
    "other": ["ich hasse Montage", "dieses Handy ist Schrott", "die Steuerreform ist eine Katastrophe",
              "der Schiedsrichter ist eine Schande für den Fußball", "wir haben sie gestern im Spiel zerstört",
              "dieses Rentengesetz gehört verbrannt, dann fangen wir von vorne an",
              "die Klausur hat mich fertiggemacht, ich bin tot"],
}

L["pt"] = {
    "groups": {
        "religion": ["os muçulmanos", "os judeus", "os evangélicos"],
        "ethnicity": ["os negros", "os índios", "os ciganos"],
        "nationality": ["os imigrantes", "os refugiados", "os venezuelanos", "os nordestinos"],
        "gender": ["as mulheres"],
        "sexual_orientation": ["os gays", "as lésbicas", "as pessoas trans"],
        "disability": ["os deficientes", "os autistas"],
        "political": ["os esquerdistas", "os bolsonaristas"],
    },
    "hate": ["{g} são parasitas", "{g} são uma praga", "eu odeio {g}, todos eles", "{g} são sub-humanos",
             "{g} são uma doença para este país", "{g} são lixo, não valem nada", "o mundo seria melhor sem {g}",
             "{g} são todos criminosos",
             "{g} não deveriam poder trabalhar no serviço público nem dar aula para nossas crianças",
             "{g} se reproduzem feito ratos e vão transformar o país num esgoto",
             "{g} contaminam tudo o que tocam: nossas escolas, nossos bairros, nossa cultura",
             "por que a gente ainda aceita {g} em cargos de chefia? não têm capacidade nem caráter para isso",
             "alugar apartamento para {g}? nunca. aqui no prédio, não! #foradaqui",
             "{g} nascem com o caráter podre, isso não tem conserto",
             "sinceramente, não dá pra conviver com {g}: fedem, mentem e só trazem sujeira",
             "vamos boicotar toda loja que contrata {g}, essa gente não merece emprego"],
    "violence": ["tem que matar {g}", "vamos queimar as casas onde moram {g} hoje à noite", "{g} merecem ser enforcados",
                 "peguem as armas e expulsem {g} da cidade", "{g} deviam levar bala", "vou esfaquear o próximo que eu ver, {g} vão pagar",
                 "hora de limpar esta cidade de vez. {g} primeiro, e não deixem ninguém vivo para contar a história",
                 "ou somos nós ou são {g}: armem-se agora, antes que ataquem primeiro",
                 "chegou a hora da dedetização, e desta vez o veneno é para {g} #limpezajá",
                 "se a polícia não resolve, a gente resolve: sábado vamos caçar {g} de porta em porta",
                 "quantas balas a gente precisa para acabar com {g} de uma vez por todas?",
                 "{g} estão tomando nossos bairros e ninguém faz nada. se não saem por bem, vai ser na bala. quem tiver arma, que se prepare",
                 "{g} querem destruir nossas famílias e a polícia não faz nada. homem que é homem resolve isso na faca, hoje mesmo",
                 "está na hora de uma solução definitiva para {g}: vala comum e cal virgem"],
    "benign": ["{g} vivem em todas as cidades do país", "meus vizinhos são {g} e são ótimas pessoas",
               "{g} têm os mesmos direitos que todos", "tenho orgulho de apoiar {g}",
               "dizer que {g} são uma praga é odioso e falso",
               "ele escreveu que era preciso matar {g} e foi condenado",
               "o relatório mostra um aumento dos ataques contra {g}",
               "a polícia investiga ameaças contra {g}", "{g} não são criminosos, parem de mentir",
               "eu nunca faria mal a {g}", "um documentário conta como vivem {g} no brasil",
               "li num comentário que \"{g} são ratos\" e fiquei enojado: é assim que começa a desumanização",
               "um homem foi preso ontem após atirar contra um centro comunitário onde {g} se reuniam",
               "não acho que {g} sejam um perigo; perigoso é quem espalha esse ódio",
               "{g} do meu bairro organizaram uma feira linda no domingo, valeu muito a pena ir",
               "toda vez que alguém pede violência contra {g} aqui, eu denuncio. vocês também deviam",
               "a nova pesquisa mostra como {g} avaliam o acesso à saúde no país"],
    "profanity": ["porra, perdi o ônibus de novo", "esse tempo de merda estraga tudo", "caralho, a impressora quebrou de novo"],
    "insult": ["você é um idiota completo", "cala a boca, seu palhaço", "meu chefe é um babaca arrogante"],
    "threat": ["se tocar no meu carro de novo eu quebro suas pernas", "repete isso e eu te encho de porrada",
               "se você mexer com a minha irmã de novo, eu te pego na saída e você não volta pra casa inteiro",
               "sei onde você mora, seu caloteiro: paga o que me deve até sexta ou vai levar um tiro"],
    "other": ["odeio segunda-feira", "esse celular é um lixo", "essa reforma tributária é um desastre",
              "o juiz é uma vergonha para o futebol", "a gente destruiu eles no jogo ontem",
              "essa prova de cálculo me matou, tô morto até agora",
              "esse projeto de lei tem que ser enterrado no senado antes que faça estrago"],
}

L["ar"] = {
    "groups": {
        "religion": ["المسلمين", "اليهود", "المسيحيين", "الشيعة"],
        "ethnicity": ["السود", "الأفارقة", "الأكراد"],
        "nationality": ["اللاجئين", "المهاجرين", "الأجانب", "السوريين"],
        "gender": ["النساء"],
        "sexual_orientation": ["المثليين", "المتحولين"],
        "disability": ["المعاقين", "ذوي الإعاقة"],
        "political": ["العلمانيين", "الشيوعيين"],
    },
    "hate": ["{g} حشرات", "{g} مرض في هذا البلد", "أكره {g} كلهم بلا استثناء", "{g} أقل من البشر",
             "{g} قذارة لا قيمة لهم", "العالم أفضل بدون {g}", "{g} كلهم مجرمون", "{g} طفيليات",
             "وجود {g} في هذا البلد مثل السرطان الذي ينهش الجسد", "اختلاطنا ب{g} يلوث دمنا وأخلاقنا",
             "كل من يدافع عن {g} خائن لهذا الوطن", "لماذا ندفع من ضرائبنا لإطعام {g}؟ مجرد عالة على المجتمع",
             "الكذب والقذارة في طبع {g}، ولن يتغير هذا أبدا",
             "ممنوع دخول {g} إلى محلي، نستقبل المحترمين فقط #قوانيني",
             "يجب حرمان {g} من حق التصويت ومن أي منصب عام",
             "ما الفرق بين {g} والجرذان؟ لا فرق، كلاهما ينقل الأمراض"],
    "violence": ["يجب قتل {g}", "لنحرق بيوت {g} الليلة", "{g} يستحقون الشنق", "احملوا السلاح واطردوا {g} من المدينة",
                 "اذبحوا {g}", "سأطعن أول واحد من {g} أراه",
                 "حان وقت مكافحة الحشرات، ابدؤوا ب{g} ولا تتركوا أحدا",
                 "إما أن نقضي على {g} أو يُقضى علينا. تسلحوا الآن قبل فوات الأوان!",
                 "طهروا المدينة من {g} بيتا بيتا وشارعا شارعا، ولا ترحموا أحدا",
                 "مساء الجمعة نتجمع ونهجم على أماكن تجمع {g}، أحضروا العصي والسكاكين",
                 "إذا لم تتحرك الدولة فسنأخذ حقنا بأيدينا، ودماء {g} ستسيل في الشوارع #كفى",
                 "لا حوار مع {g} بعد اليوم، لم يبق إلا لغة الرصاص",
                 "الحل الوحيد مع {g} هو الحل النهائي، وكلكم تفهمون قصدي",
                 "الليلة نخرج لاصطياد {g}، التجمع عند المحطة الساعة العاشرة، أحضروا السكاكين"],
    "benign": ["{g} يعيشون في كل مدن البلد", "جيراني من {g} وهم لطفاء جدا", "{g} لهم نفس الحقوق مثل الجميع",
               "أنا فخور بالوقوف مع {g}", "القول بأن {g} حشرات كلام كراهية وخطأ",
               "كتب أنه يجب قتل {g} وتمت معاقبته", "التقرير يوثق زيادة الاعتداءات على {g}",
               "الشرطة تحقق في تهديدات ضد {g}", "{g} ليسوا مجرمين توقفوا عن الكذب", "لن أؤذي {g} أبدا",
               "فيلم وثائقي جديد عن حياة {g}",
               "كتب أحدهم أن {g} جرذان. أبلغت عن المنشور، لأن هذا الكلام يمهد للعنف",
               "حطم مجهولون ليلة أمس واجهة مركز يخدم {g}، والشرطة تبحث عن الجناة",
               "لن أرفع يدي على {g} أبدا، ولن أشارك في أي حملة تحريض",
               "يوم السبت سنحتفل مع جيراننا من {g} في الحي، والجميع مدعوون!",
               "لماذا كل هذا الحقد على {g} في مواقع التواصل؟ على المنصات أن تتحرك",
               "دراسة جديدة: الاعتداءات على {g} في الأماكن العامة تضاعفت خلال خمس سنوات"],
    "profanity": ["تبا فاتني الباص مرة أخرى", "هذا الطقس الزفت يخرب كل شيء", "اللعنة الطابعة خربانة مرة ثانية"],
    "insult": ["أنت غبي تماما", "اسكت يا مهرج", "مديري متكبر وحقير"],
    "threat": ["إذا لمست سيارتي مرة أخرى سأكسر رجليك", "كررها وسأضربك على وجهك",
               "إذا تحرشت بأختي مرة أخرى سأكسر أسنانك",
               "أعرف أين تسكن. ادفع دينك قبل الجمعة وإلا فمكانك المستشفى"],
    "other": ["أكره يوم الاثنين", "هذا الهاتف زبالة", "الإصلاح الضريبي كارثة", "الحكم عار على كرة القدم",
              "سحقناهم في المباراة أمس",
              "امتحان الفيزياء قتلني اليوم، أنا ميت من التعب",
              "سأرمي هذه الطابعة من النافذة، علقت الورقة فيها مرة أخرى"],
}

L["es"] = {
    "groups": {
        "religion": ["los musulmanes", "los judíos", "los cristianos"],
        "ethnicity": ["los negros", "los gitanos", "los indígenas", "los chinos"],
        "nationality": ["los inmigrantes", "los refugiados", "los sudacas", "los extranjeros"],
        "gender": ["las mujeres"],
        "sexual_orientation": ["los gays", "las lesbianas", "las personas trans"],
        "disability": ["los discapacitados", "los autistas"],
        "political": ["los izquierdistas", "los fachas"],
    },
    "hate": ["{g} son parásitos", "{g} son una plaga", "odio a {g}, a todos sin excepción", "{g} son infrahumanos",
             "{g} son una enfermedad para este país", "{g} son basura, no valen nada", "el mundo estaría mejor sin {g}",
             "{g} son todos unos delincuentes",
             "{g} no deberían poder alquilar un piso en este barrio",
             "¿de verdad alguien cree que {g} son personas como nosotros? se comportan como ratas",
             "{g} no deberían salir en la tele ni dar clase a nuestros hijos; dan asco",
             "en mi empresa jamás contrataré a {g}, solo dan problemas",
             "{g} huelen mal, mienten por naturaleza y viven de nuestros impuestos",
             "fuera {g} de nuestros colegios, que nuestros niños no se contaminen #españalimpia",
             "{g} no tienen cultura, tienen costumbres de cavernícolas",
             "{g} no merecen ni un euro de dinero público, son un lastre para el país"],
    "violence": ["hay que matar a {g}", "quememos esta noche las casas donde viven {g}", "{g} merecen ser ahorcados",
                 "coged las armas y echad a {g} de la ciudad", "a {g} habría que pegarles un tiro",
                 "voy a apuñalar al próximo que vea, {g} lo van a pagar",
                 "limpiemos el barrio de {g} esta noche, casa por casa, y que no quede nadie en pie",
                 "somos nosotros o {g}: armaos ya, antes de que vengan a por nosotros",
                 "se acabó la paciencia, toca fumigar: {g} son la plaga y ya sabéis qué se hace con las plagas #exterminio",
                 "¿a qué esperamos para sacar los bates y reventar a {g} a palos?",
                 "si el gobierno no echa a {g}, lo haremos nosotros a tiros",
                 "nos quitan el trabajo, nos quitan las calles y nadie hace nada. {g} tienen que pagar con sangre, y tiene que ser ya",
                 "a {g} habría que darles el paseo, como en el 36: una cuneta y a otra cosa",
                 "convocatoria para el sábado: traed gasolina y mecheros, que vamos a por {g}"],
    "benign": ["{g} viven en todas las ciudades del país", "mis vecinos son {g} y son encantadores",
               "{g} tienen los mismos derechos que todos", "estoy orgulloso de apoyar a {g}",
               "decir que {g} son una plaga es odioso y falso",
               "escribió que había que matar a {g} y fue condenado",
               "el informe documenta un aumento de las agresiones contra {g}",
               "la policía investiga amenazas contra {g}", "{g} no son delincuentes, dejad de mentir",
               "nunca le haría daño a {g}", "un documental nuevo cuenta la historia de {g}",
               "el que escribió «{g} son una lacra» en el grupo del barrio debería avergonzarse; aquí no toleramos el odio",
               "detenidos dos jóvenes por pintar amenazas de muerte contra {g} en la fachada de un centro cultural",
               "no, {g} no son una amenaza para nadie; la amenaza es quien va sembrando odio",
               "hoy he aprendido un montón en la charla que dieron {g} del barrio sobre su historia",
               "¿de verdad hace falta recordar que {g} tienen derecho a vivir sin miedo? dejad de compartir bulos",
               "la encuesta recoge la opinión de {g} sobre el acceso a la vivienda"],
    "profanity": ["joder, he vuelto a perder el autobús", "este tiempo de mierda lo estropea todo", "coño, la impresora se ha roto otra vez"],
    "insult": ["eres un completo idiota", "cállate, payaso", "mi jefe es un gilipollas arrogante"],
    "threat": ["si vuelves a tocar mi coche te rompo las piernas", "repite eso y te parto la cara",
               "como vuelvas a gritarle a mi madre, te arranco los dientes uno a uno",
               "me debes dinero desde marzo: o pagas el viernes o te pego un tiro, tú verás"],
    "other": ["odio los lunes", "este móvil es una basura", "la reforma fiscal es un desastre",
              "el árbitro es una vergüenza para el fútbol", "ayer los machacamos en el partido",
              "la reunión de tres horas me ha matado, no puedo más",
              "hay que cargarse esta ley de alquileres cuanto antes"],
}

L["it"] = {
    "groups": {
        "religion": ["i musulmani", "gli ebrei", "i cristiani"],
        "ethnicity": ["i neri", "gli zingari", "i cinesi", "gli africani"],
        "nationality": ["gli immigrati", "i profughi", "gli stranieri", "i clandestini"],
        "gender": ["le donne"],
        "sexual_orientation": ["i gay", "le lesbiche", "le persone trans"],
        "disability": ["i disabili", "gli autistici"],
        "political": ["i comunisti", "i fascisti"],
    },
    "hate": ["{g} sono parassiti", "{g} sono una piaga", "odio {g}, tutti senza eccezione", "{g} sono subumani",
             "{g} sono una malattia per questo paese", "{g} sono spazzatura, non valgono niente",
             "il mondo sarebbe migliore senza {g}", "{g} sono tutti delinquenti",
             "{g} non dovrebbero poter insegnare nelle scuole né lavorare negli ospedali",
             "{g} non sono persone come noi, sono bestie che infestano le nostre strade",
             "niente diritto di parola per {g}: che tacciano e obbediscano",
             "perché mai dovremmo accettare {g} nei posti di comando? non ne hanno la testa",
             "niente case in affitto per {g}: nel nostro palazzo, no! #nonaffittiamo",
             "{g} puzzano, rubano e vivono alle nostre spalle",
             "ho smesso di comprare nei negozi che assumono {g}: quella gente non merita un lavoro onesto",
             "{g} sono inferiori per natura, e nessuna legge potrà cambiarlo"],
    "violence": ["bisogna ammazzare {g}", "stanotte bruciamo le case dove vivono {g}", "{g} meritano di essere impiccati",
                 "prendete le armi e cacciate {g} dalla città", "{g} andrebbero presi a fucilate",
                 "accoltellerò il prossimo che vedo, {g} la pagheranno",
                 "ripuliamo questa città casa per casa: con {g} non si tratta, si spara",
                 "o noi o {g}: armatevi subito, prima che siano loro a colpire",
                 "serve una bella disinfestazione: {g} sono scarafaggi, e gli scarafaggi si schiacciano #disinfestazione",
                 "quanti fucili servono per risolvere il problema con {g} una volta per tutte?",
                 "se lo stato non caccia {g}, ci pensiamo noi con le spranghe",
                 "la polizia non fa niente e noi siamo stanchi. stasera si va a prendere {g} e si fa giustizia col sangue",
                 "per {g} ci vorrebbe un bel forno, come ai vecchi tempi",
                 "fate girare: stanotte caccia aperta, chi vede {g} per strada non faccia prigionieri"],
    "benign": ["{g} vivono in tutte le città del paese", "i miei vicini sono {g} e sono simpaticissimi",
               "{g} hanno gli stessi diritti di tutti", "sono orgoglioso di sostenere {g}",
               "dire che {g} sono una piaga è odioso e falso",
               "ha scritto che bisognava uccidere {g} ed è stato condannato",
               "il rapporto documenta un aumento delle aggressioni contro {g}",
               "la polizia indaga sulle minacce contro {g}", "{g} non sono delinquenti, smettetela di mentire",
               "non farei mai del male a {g}", "un nuovo documentario racconta come vivono {g} in italia",
               "chi scrive «{g} sono bestie» sotto i post del comune dovrebbe vergognarsi: questo è odio, non un'opinione",
               "arrestato un uomo che aveva lanciato una molotov contro un centro culturale dove si riuniscono {g}",
               "no, {g} non sono un pericolo per nessuno: smettiamola con questa propaganda",
               "ieri {g} del quartiere hanno organizzato una festa bellissima in piazza",
               "davvero dobbiamo ancora spiegare che {g} hanno il diritto di vivere senza paura?",
               "al convegno di oggi {g} hanno raccontato le loro esperienze nel mondo del lavoro"],
    "profanity": ["cazzo, ho perso di nuovo l'autobus", "questo tempo di merda rovina tutto", "porca miseria, la stampante è di nuovo rotta"],
    "insult": ["sei un perfetto idiota", "stai zitto, pagliaccio", "il mio capo è uno stronzo arrogante"],
    "threat": ["se tocchi ancora la mia macchina ti spezzo le gambe", "ripetilo e ti spacco la faccia",
               "se ti avvicini ancora a mia sorella ti aspetto sotto casa e ti faccio a pezzi",
               "mi devi ancora cinquecento euro: o paghi entro venerdì o ti sparo alle ginocchia"],
    "other": ["odio il lunedì", "questo telefono è una schifezza", "la riforma fiscale è un disastro",
              "l'arbitro è una vergogna per il calcio", "ieri li abbiamo distrutti in partita",
              "l'esame di diritto privato mi ha ucciso, sono morto",
              "questa legge sugli affitti va affossata subito, è una follia"],
}

L["nl"] = {
    "groups": {
        "religion": ["moslims", "joden", "christenen"],
        "ethnicity": ["zwarten", "marokkanen", "roma", "aziaten"],
        "nationality": ["immigranten", "vluchtelingen", "buitenlanders", "polen"],
        "gender": ["vrouwen"],
        "sexual_orientation": ["homo's", "lesbiennes", "transgenders"],
        "disability": ["gehandicapten", "autisten"],
        "political": ["linkse mensen", "rechtse mensen"],
    },
    "hate": ["{g} zijn parasieten", "{g} zijn ongedierte", "ik haat {g}, allemaal", "{g} zijn minderwaardig",
             "{g} zijn een ziekte voor dit land", "{g} zijn tuig en niets waard", "de wereld is beter af zonder {g}",
             "{g} zijn allemaal criminelen",
             "{g} zouden nooit mogen stemmen, ze snappen er toch niks van",
             "geen huurwoning voor {g}, ik verhuur alleen aan normale mensen",
             "waarom betalen wij met ons belastinggeld voor {g}? het zijn allemaal uitvreters #genoegbetaald",
             "{g} woekeren als schimmel door onze samenleving en vervuilen alles wat ze aanraken",
             "{g} zijn een plaag, en iedereen die ze verdedigt is een landverrader",
             "ik wil geen {g} als collega's, bedrijven moeten ze gewoon niet aannemen",
             "{g} zijn van nature lui en oneerlijk, daar verandert geen opvoeding iets aan",
             "eerlijk gezegd zijn {g} nauwelijks menselijk, kijk maar hoe ze leven"],
    "violence": ["we moeten alle {g} afmaken", "vannacht steken we de huizen van {g} in brand", "{g} moeten opgehangen worden",
                 "pak je wapens en jaag {g} de stad uit", "{g} moet je gewoon neerschieten",
                 "ik ga de volgende die ik zie neersteken, {g} zullen boeten",
                 "tijd voor ongediertebestrijding, en deze keer zijn {g} aan de beurt",
                 "{g} zijn zich al aan het bewapenen. het is wij of zij: sla toe voordat het te laat is!",
                 "we zuiveren deze stad van {g}, straat voor straat, en niemand komt er levend vanaf",
                 "waarom wachten we nog? zaterdag gaan we met honkbalknuppels naar de plek waar {g} samenkomen",
                 "als de politie niets doet, nemen we het heft in eigen hand: {g} gaan bloeden #genoegisgenoeg",
                 "wie gaat er vanavond mee om {g} in elkaar te slaan? verzamelen om tien uur bij het station, neem messen mee",
                 "voor {g} is er maar één oplossing: de eindoplossing. jullie weten wat ik bedoel",
                 "kom je {g} op straat tegen? niet praten, gewoon slaan tot ze niet meer opstaan"],
    "benign": ["{g} wonen in elke stad van dit land", "mijn buren zijn {g} en ze zijn heel aardig",
               "{g} hebben dezelfde rechten als iedereen", "ik ben trots dat ik {g} steun",
               "zeggen dat {g} ongedierte zijn is haatdragend en fout",
               "hij schreef dat {g} gedood moesten worden en werd veroordeeld",
               "het rapport beschrijft een toename van geweld tegen {g}",
               "de politie onderzoekt bedreigingen tegen {g}", "{g} zijn geen criminelen, stop met liegen",
               "ik zou {g} nooit iets aandoen", "een nieuwe documentaire vertelt het verhaal van {g}",
               "onder een filmpje las ik vandaag \"{g} zijn een plaag\". schaam je, zulke taal maakt de weg vrij voor geweld",
               "vannacht is een gebouw waar {g} samenkomen beklad met hakenkruizen, de politie zoekt getuigen",
               "niemand hoeft {g} te haten, en ik zou nooit meedoen aan zo'n hetze",
               "morgen houden {g} uit de buurt een open dag in het buurthuis, iedereen is welkom!",
               "waarom worden {g} online zo vaak uitgescholden? tijd dat platforms daar iets aan doen",
               "volgens nieuw onderzoek voelen veel {g} zich op straat minder veilig dan vijf jaar geleden"],
    "profanity": ["kut, ik heb de bus weer gemist", "dit kutweer verpest alles", "godverdomme, de printer is weer kapot"],
    "insult": ["je bent een complete idioot", "hou je bek, clown", "mijn baas is een arrogante lul"],
    "threat": ["als je mijn auto nog eens aanraakt breek ik je benen", "zeg dat nog eens en ik sla je op je bek",
               "als je mijn zusje nog één keer lastigvalt, sla ik je tanden uit je bek",
               "ik weet waar je woont, betaal me morgen terug of je belandt in het ziekenhuis"],
    "other": ["ik haat maandagen", "deze telefoon is rommel", "de belastinghervorming is een ramp",
              "de scheidsrechter is een schande voor het voetbal", "we hebben ze gisteren ingemaakt",
              "die wiskundetoets heeft me helemaal gesloopt, ik ben kapot",
              "ik gooi die printer zo meteen uit het raam, hij loopt alweer vast"],
}

L["pl"] = {
    "groups": {
        "religion": [("muzułmanie", "muzułmanów"), ("żydzi", "żydów"), ("katolicy", "katolików")],
        "ethnicity": [("czarni", "czarnych"), ("romowie", "romów"), ("cyganie", "cyganów")],
        "nationality": [("imigranci", "imigrantów"), ("uchodźcy", "uchodźców"), ("ukraińcy", "ukraińców"), ("obcokrajowcy", "obcokrajowców")],
        "gender": [("kobiety", "kobiety")],
        "sexual_orientation": [("geje", "gejów"), ("lesbijki", "lesbijki"), ("osoby trans", "osoby trans")],
        "disability": [("niepełnosprawni", "niepełnosprawnych"), ("autyści", "autystów")],
        "political": [("lewacy", "lewaków"), ("konserwatyści", "konserwatystów")],
    },
    "hate": ["{g} to pasożyty", "{g} to robactwo", "nienawidzę {o}, wszystkich bez wyjątku", "{g} to podludzie",
             "{g} to choroba tego kraju", "{g} to śmiecie, nic nie są warci", "{g} to sami przestępcy",
             "zwalniajcie {o} przy pierwszej okazji, to tylko strata pieniędzy i nerwów",
             "{g} to szkodniki, które toczą ten kraj od środka",
             "{g} zatruwają naszą kulturę i naszą krew, tu nie ma dla nich miejsca",
             "{g} to zaraza, a każdy, kto popiera {o}, jest zdrajcą narodu",
             "dlaczego mamy utrzymywać {o} z naszych podatków? to banda darmozjadów",
             "{g} mają to we krwi: lenistwo, kłamstwo i brud",
             "w moim lokalu obsługujemy tylko normalnych ludzi, {g} mają zakaz wstępu #mojezasady",
             "szczerze? {g} to najgorsze, co spotkało ten kraj, śmierdzą i kradną"],
    "violence": ["trzeba wymordować {o}", "dziś w nocy spalimy domy, w których mieszkają {g}", "{g} zasługują na stryczek",
                 "bierzcie broń i wypędźcie {o} z miasta", "{o} trzeba strzelać na widok",
                 "czas na deratyzację, tym razem na celowniku są {g}",
                 "{g} szykują się, żeby nas zaatakować. zbrójcie się i uderzmy pierwsi, zanim będzie za późno!",
                 "oczyścimy ulice tego miasta – na pierwszy ogień idą {g} i nikt nie ujdzie z życiem",
                 "w sobotę bierzemy kije bejsbolowe i idziemy tam, gdzie spotykają się {g}. kto z nami?",
                 "jeśli państwo nic nie zrobi, weźmiemy sprawy w swoje ręce. {g} zapłacą krwią #dośćtego",
                 "jak zobaczycie {o} na ulicy, nie gadajcie, tylko bijcie do nieprzytomności",
                 "na {o} jest tylko jeden sposób: ostateczne rozwiązanie. wszyscy wiemy, co to znaczy",
                 "dziś w nocy robimy polowanie na {o}. zbiórka o 22 pod dworcem, weźcie noże"],
    "benign": ["{g} mieszkają w każdym mieście tego kraju", "moi sąsiedzi to {g} i są bardzo mili",
               "{g} mają takie same prawa jak wszyscy", "jestem dumny, że wspieram {o}",
               "mówienie, że {g} to robactwo, jest nienawistne i fałszywe",
               "napisał, że trzeba zabić {o}, i został skazany",
               "raport dokumentuje wzrost liczby ataków na {o}",
               "policja bada groźby wobec nich, bo {g} są zastraszani", "{g} to nie przestępcy, przestańcie kłamać",
               "nigdy nie skrzywdziłbym {o}",
               "ktoś napisał w komentarzu, że {g} to szkodniki. zgłosiłem to, bo takie słowa prowadzą do przemocy",
               "w nocy nieznani sprawcy zniszczyli budynek, w którym spotykają się {g}. policja szuka świadków",
               "nigdy nie podniósłbym ręki na {o}, przemoc to żadne rozwiązanie",
               "w sobotę {g} z naszej dzielnicy organizują piknik sąsiedzki, wszyscy są mile widziani!",
               "dlaczego tylu ludzi w sieci obraża {o}? platformy powinny coś z tym zrobić",
               "nowe badanie pokazuje, że {g} coraz częściej padają ofiarą ataków w przestrzeni publicznej"],
    "profanity": ["kurwa, znowu spóźniłem się na autobus", "ta zasrana pogoda wszystko psuje", "cholera jasna, drukarka znowu nie działa"],
    "insult": ["jesteś kompletnym idiotą", "zamknij się, błaźnie", "mój szef to arogancki dupek"],
    "threat": ["jak jeszcze raz dotkniesz mojego auta, połamię ci nogi", "powtórz to, a dam ci w mordę",
               "jak jeszcze raz zaczepisz moją siostrę, wybiję ci zęby",
               "wiem, gdzie mieszkasz. oddaj kasę do piątku albo wylądujesz w szpitalu"],
    "other": ["nienawidzę poniedziałków", "ten telefon to szmelc", "reforma podatkowa to katastrofa",
              "sędzia to hańba dla futbolu", "wczoraj zmiażdżyliśmy ich w meczu",
              "ten egzamin z fizyki mnie wykończył, jestem martwy",
              "mam ochotę wyrzucić tę drukarkę przez okno, znowu się zacięła"],
}

L["hi"] = {
    "groups": {
        "religion": [("मुसलमान", "मुसलमानों"), ("हिंदू", "हिंदुओं"), ("ईसाई", "ईसाइयों"), ("सिख", "सिखों")],
        "ethnicity": [("दलित", "दलितों"), ("आदिवासी", "आदिवासियों"), ("बिहारी", "बिहारियों")],
        "nationality": [("बांग्लादेशी", "बांग्लादेशियों"), ("रोहिंग्या", "रोहिंग्याओं"), ("विदेशी", "विदेशियों")],
        "gender": [("औरतें", "औरतों"), ("महिलाएं", "महिलाओं")],
        "sexual_orientation": [("समलैंगिक", "समलैंगिकों"), ("किन्नर", "किन्नरों")],
        "disability": [("विकलांग", "विकलांगों")],
        "political": [("वामपंथी", "वामपंथियों"), ("भक्त", "भक्तों")],
    },
    "hate": ["{g} कीड़े हैं", "{g} परजीवी हैं", "मुझे {o} से नफरत है, सब से", "{g} इंसान नहीं जानवर हैं",
             "{g} इस देश की बीमारी हैं", "{g} कचरा हैं, किसी काम के नहीं", "{o} के बिना दुनिया बेहतर होगी",
             "{g} सब के सब अपराधी हैं",
             "{g} इस देश पर बोझ हैं, इन्हें वोट देने का कोई हक नहीं होना चाहिए",
             "{o} को किराए पर घर मत दो, ये लोग पूरे मोहल्ले को गंदा कर देते हैं",
             "सच कहूं तो {g} इंसान कम और गंदगी ज्यादा हैं",
             "क्या तुमने कभी {o} में से किसी को ईमानदारी से कमाते देखा है? सब के सब कामचोर हैं",
             "{o} की वजह से हमारा समाज अंदर से सड़ रहा है",
             "स्कूलों और दफ्तरों में {o} के लिए कोई जगह नहीं होनी चाहिए",
             "{g} दीमक की तरह हैं, जो धीरे-धीरे पूरे देश को खोखला कर देती है #जागो_भारत",
             "{o} को नौकरी पर क्यों रखें? इनका दिमाग किसी काम का नहीं"],
    "violence": ["सारे {o} को मार डालो", "आज रात {o} के घर जला दो", "{o} को फांसी पर लटका देना चाहिए",
                 "हथियार उठाओ और {o} को शहर से भगाओ", "{o} को देखते ही गोली मार दो",
                 "इस शहर को {o} से साफ करना होगा, एक भी बचना नहीं चाहिए",
                 "या तो हम या वो! हथियार तैयार रखो, वरना कल {o} के हाथों हमारे घर जलेंगे",
                 "#सफाई_अभियान शुरू हो चुका है, जहां भी {g} दिखें, किसी को जिंदा मत छोड़ना",
                 "चूहों का इलाज जहर है, और {o} का भी। समझ गए ना क्या करना है?",
                 "अगर पुलिस कुछ नहीं करती तो हम खुद {o} को सबक सिखाएंगे, लाठी-डंडे तैयार रखो",
                 "चलो भाइयों, आज {o} का खून बहाकर ही लौटेंगे",
                 "कब तक चुप बैठोगे? {o} को जिंदा जलाने का वक्त आ गया है",
                 "{o} का नामोनिशान मिटा दो, एक-एक को चुन-चुनकर खत्म करो"],
    "benign": ["{g} इस देश के हर शहर में रहते हैं", "मेरे पड़ोसी {g} हैं और बहुत अच्छे लोग हैं",
               "{o} को भी सबके बराबर अधिकार हैं", "मुझे {o} का साथ देने पर गर्व है",
               "यह कहना कि {g} कीड़े हैं, नफरत भरा और गलत है",
               "उसने लिखा कि {o} को मार देना चाहिए, और उसे सजा मिली",
               "रिपोर्ट में {o} पर हमलों में बढ़ोतरी दर्ज है", "पुलिस {o} को मिली धमकियों की जांच कर रही है",
               "{g} अपराधी नहीं हैं, झूठ फैलाना बंद करो", "मैं {o} को कभी नुकसान नहीं पहुंचाऊंगा",
               "कोई कहे कि {g} दीमक हैं तो चुप मत रहिए, ऐसी बातों से ही दंगे शुरू होते हैं",
               "कल रात {o} पर हुए हमले में तीन लोग घायल हुए, पुलिस ने दो संदिग्धों को गिरफ्तार किया",
               "मैं {o} के खिलाफ हिंसा की बात करने वालों का कभी साथ नहीं दूंगा",
               "सर्वे के मुताबिक {o} के लिए बेरोजगारी सबसे बड़ा मुद्दा है",
               "बाढ़ के दौरान {o} ने दिन-रात राहत शिविरों में खाना बांटा",
               "“{g} गद्दार हैं” जैसी बातें शेयर करने से पहले सोचिए, इनसे सिर्फ नफरत फैलती है"],
    "profanity": ["धत्त तेरी, फिर से बस छूट गई", "ये बकवास मौसम सब खराब कर देता है", "साला प्रिंटर फिर से खराब हो गया"],
    "insult": ["तू पूरा बेवकूफ है", "चुप कर, जोकर", "मेरा बॉस घमंडी कमीना है"],
    "threat": ["मेरी गाड़ी को फिर छुआ तो तेरी टांगें तोड़ दूंगा", "फिर से बोल, तेरा मुंह तोड़ दूंगा",
               "अगर तूने मेरी बहन को फिर से मैसेज किया तो घर आकर तेरी हड्डियां तोड़ दूंगा",
               "पैसे कल तक लौटा देना, वरना तुझे जिंदा नहीं छोड़ूंगा"],
    "other": ["मुझे सोमवार से नफरत है", "ये फोन बेकार है", "नई कर नीति एक आपदा है", "अंपायर क्रिकेट के लिए शर्म है",
              "कल मैच में हमने उन्हें धो डाला",
              "इस परीक्षा ने तो मेरी जान ही ले ली",
              "इस बेकार कानून की धज्जियां उड़ा देनी चाहिए, ये किसानों के साथ धोखा है"],
}

L["zh"] = {
    "groups": {
        "religion": ["穆斯林", "犹太人", "基督徒"],
        "ethnicity": ["黑人", "维吾尔人", "藏人"],
        "nationality": ["外国人", "难民", "移民", "日本人"],
        "gender": ["女人", "女性"],
        "sexual_orientation": ["同性恋", "跨性别者"],
        "disability": ["残疾人", "自闭症患者"],
        "political": ["左派", "公知"],
    },
    "hate": ["{g}都是寄生虫", "{g}就是害虫", "我恨所有{g}", "{g}根本不是人，是畜生", "{g}是这个国家的毒瘤",
             "{g}都是垃圾，一文不值", "没有{g}世界会更好", "{g}都是罪犯",
             "{g}不配享有和我们一样的权利，选举权也该取消", "千万别把房子租给{g}，又脏又懒，还老拖欠房租", "{g}就像蟑螂，走到哪里就把哪里弄脏",
             "你见过哪个{g}是靠自己本事吃饭的？全是吸血鬼", "{g}正在一点点毁掉我们的传统和文化", "公司招聘就应该明确写上：{g}免谈", "{g}天生就低人一等，这是事实，不是歧视",
             "说白了，{g}就是社会的累赘，养着这帮人纯属浪费资源"],
    "violence": ["把{g}全部杀光", "今晚去烧了{g}的房子", "{g}都应该被绞死", "拿起武器把{g}赶出城去", "见到{g}就开枪",
                 "必须把这座城市里的{g}清理干净，一个都不能留", "不是我们死就是他们亡！趁{g}还没动手，大家赶紧准备家伙", "灭虫行动开始了，目标：{g}。见一个灭一个",
                 "兄弟们，今晚集合，带上棍子和汽油，让{g}知道我们的厉害", "如果政府不管，我们就自己动手，把{g}一个个揪出来打死", "还要忍到什么时候？是时候让{g}血债血偿了",
                 "#净化行动# 发现{g}直接处理掉，不用留活口", "对{g}就该斩草除根，连孩子也别放过"],
    "benign": ["{g}生活在这个国家的每个城市", "我的邻居是{g}，他们人很好", "{g}和大家享有同样的权利",
               "我为支持{g}感到自豪", "说{g}是害虫是仇恨言论，也是错误的", "他写道应该杀掉{g}，因此被判刑",
               "报告记录了针对{g}的袭击有所增加", "警方正在调查针对{g}的威胁", "{g}不是罪犯，别再造谣了",
               "我永远不会伤害{g}", "一部新纪录片讲述了{g}的历史",
               "有人在群里说“{g}都是蟑螂”，这种话太恶毒了，我已经举报了", "据报道，昨晚又有{g}在街头遭到殴打，警方已介入调查", "不管别人怎么煽动，我绝不会对{g}动手",
               "我好几个同事都是{g}，大家相处得很愉快", "网上那些喊着要“清理{g}”的帖子必须删掉，这是在煽动暴力", "这次调查面向全国各地的{g}，重点了解受访者对就业和教育的看法"],
    "profanity": ["他妈的，又错过公交车了", "这该死的天气毁了一切", "靠，打印机又坏了"],
    "insult": ["你真是个白痴", "闭嘴吧你这个小丑", "我老板是个傲慢的混蛋"],
    "threat": ["你再碰我的车我就打断你的腿", "再说一遍我就揍你",
               "你再敢跟踪我女儿，我就让你横着出去", "欠的钱明天不还，我就剁了你的手"],
    "other": ["我讨厌星期一", "这个手机是垃圾", "新的税改简直是灾难", "这个裁判是足球的耻辱", "昨天比赛我们把他们打爆了",
              "这次考试简直要了我的命", "这台破电脑又死机了，真想一锤子把它砸了"],
}

L["sw"] = {
    "groups": {
        "religion": ["waislamu", "wakristo", "wayahudi"],
        "ethnicity": ["wazungu", "wahindi", "wasomali", "wakikuyu"],
        "nationality": ["wakimbizi", "wahamiaji", "wageni"],
        "gender": ["wanawake"],
        "sexual_orientation": ["mashoga", "wasagaji"],
        "disability": ["walemavu", "vipofu"],
        "political": ["wapinzani", "wanasiasa wa upinzani"],
    },
    "hate": ["{g} ni vimelea", "{g} ni wadudu", "nawachukia {g} wote", "{g} si binadamu, ni wanyama",
             "{g} ni ugonjwa wa nchi hii", "{g} ni takataka, hawana thamani", "dunia ingekuwa bora bila {g}",
             "{g} wote ni wahalifu",
             "{g} hawapaswi kupewa haki ya kupiga kura", "msikodishe nyumba kwa {g}, ni wachafu na wezi",
             "{g} ni kama kupe, wanatunyonya damu bila kuchoka",
             "umewahi kuona mtu mwaminifu kati ya {g}? hakuna hata mmoja",
             "{g} wanaharibu utamaduni na maadili yetu kidogo kidogo",
             "{g} wasipewe kazi za serikali, hawana akili ya kutosha",
             "{g} ni mzigo kwa taifa hili, wanakula tu bila kuchangia chochote",
             "kuishi jirani na {g} ni aibu, wao ni uchafu tu"],
    "violence": ["waueni {g} wote", "tuchome nyumba za {g} usiku huu", "{g} wanastahili kunyongwa",
                 "chukueni silaha mwafukuze {g} mjini", "{g} wapigwe risasi wakionekana",
                 "tusafishe mji huu, {g} wasibaki hata mmoja",
                 "ni sisi au wao! jiandaeni na mapanga kabla {g} hawajatuvamia",
                 "ni wakati wa kunyunyizia dawa ya mende, na mende ni {g}",
                 "kesho asubuhi kila mwanamume alete panga, tutawaonyesha {g} cha mtema kuni",
                 "kama serikali haitawafukuza {g}, sisi wenyewe tutawachoma ndani ya nyumba zao",
                 "mpaka lini tutavumilia? damu ya {g} lazima imwagike",
                 "#ondoawadudu {g} hawastahili kuishi, waangamizwe wote",
                 "ukimwona mtu yeyote kati ya {g} mtaani, mpige mawe mpaka afe"],
    "benign": ["{g} wanaishi katika kila mji wa nchi hii", "majirani zangu ni {g} na ni watu wazuri sana",
               "{g} wana haki sawa na wengine wote", "najivunia kusimama pamoja na {g}",
               "kusema kwamba {g} ni wadudu ni chuki na si kweli", "aliandika kwamba {g} wauawe na alihukumiwa",
               "ripoti inaonyesha ongezeko la mashambulizi dhidi ya {g}", "polisi wanachunguza vitisho dhidi ya {g}",
               "{g} si wahalifu, acheni uongo", "sitawadhuru {g} kamwe", "filamu mpya inasimulia historia ya {g}",
               "mtu akisema {g} ni kupe, mwambie wazi kwamba hayo ni maneno ya chuki",
               "watu watatu walijeruhiwa jana usiku katika shambulio dhidi ya {g}, polisi wamewakamata washukiwa wawili",
               "sitashiriki kamwe katika maandamano yanayowatishia {g}",
               "utafiti mpya unaonyesha kwamba wengi wa {g} wanataka elimu bora kwa watoto wao",
               "jumbe za “{g} ni madoadoa” zinazosambaa kwenye whatsapp ni hatari, tuziripoti",
               "wakati wa mafuriko {g} walijitolea kupika chakula kwa familia zilizohamishwa"],
    "profanity": ["shit, nimekosa basi tena", "hali hii ya hewa ya kijinga inaharibu kila kitu", "mavi, printa imeharibika tena"],
    "insult": ["wewe ni mjinga kabisa", "nyamaza wewe mpumbavu", "bosi wangu ni mjeuri na mpumbavu"],
    "threat": ["ukigusa gari langu tena nitakuvunja miguu", "rudia hilo nikupige ngumi usoni",
               "ukirudi tena kuiba kuku wangu, nitakukata kwa panga",
               "lipa deni langu kufikia ijumaa, la sivyo nitakuvunja mbavu"],
    "other": ["nachukia jumatatu", "simu hii ni takataka", "mageuzi ya kodi ni janga", "mwamuzi ni aibu kwa soka",
              "jana tuliwachapa kwenye mechi",
              "mtihani huu umeniua kabisa", "muswada huu wa fedha unafaa kutupwa kwenye jaa la taka"],
}

# Session 9 appended frames: per language 8 hate, 6 violence, 8 benign hard negatives (counter-speech
# quoting hate, news, negation, everyday and official mentions) and 2 "other", written for this project
# without reading the functional suite (test/) and checked against the dev and val frames (no pair shares
# more than 30% of its character 4-grams). Appended after session 7's, so val membership is unchanged and
# each frame's index gives its split as before (dev or train; an index that says val is trained on).
APPENDED_S9: dict[str, dict[str, list[str]]] = {'en': {'hate': ["lol we all know what {g} are like. don't act surprised when it happens again",
                 "there are more {g} every year, and in twenty years this won't even be our country anymore",
                 "ngl i'd sell my house before i'd let {g} move in next door",
                 "{g} lie, cheat and steal. it's in their blood, always has been, always will be",
                 '{g} = cockroaches. they swarm, they stink, and you never get rid of them 🤮',
                 'another stabbing downtown. let me guess… {g} again? 🙄 #shocked',
                 '{g} should have their own separate buses and neighbourhoods, far away from normal folks',
                 'not being funny but {g} have the brains of a goldfish and the morals of a sewer rat'],
        'violence': ['friday, 11pm, behind the old cinema. {g} have been warned long enough. bring something heavy '
                     'and wear gloves',
                     "if {g} turn up at the council meeting again, we'll be waiting in the car park. crowbars in the "
                     'boot, say no more',
                     "how many rounds do you reckon it'd take to rid this town of {g} for good? asking for a friend "
                     '😏',
                     "the day of the rope can't come soon enough, and {g} will be first in line",
                     'time to take out the trash 🔥🔫 {g} have had it coming for years #saturdaynight',
                     'any {g} caught on our estate after dark get dealt with. lads know the drill, machetes under '
                     'the seat'],
        'benign': ['"{g} are a cancer" is not \'just an opinion\', it\'s the first step towards justifying violence. '
                   'blocked and reported',
                   'BREAKING: three injured after a man drove into a crowd outside a centre used by {g}; police are '
                   'treating it as a hate crime',
                   "{g} aren't stealing your jobs or your benefits. look at the actual numbers before you share that "
                   'meme',
                   'our sunday league team has {g}, pensioners, students, you name it. best vibes in the league ⚽',
                   'the lead researcher says {g} are twice as likely to be rejected for rental flats, even with '
                   'identical applications',
                   'the mayor condemned the leaflets targeting {g} and said anyone distributing them would face '
                   'prosecution',
                   "mate, half your timeline is memes mocking {g}. that's not 'banter', it's the same old hate with "
                   'a laughing emoji on top',
                   "a local councillor has been suspended after posting in a facebook group that {g} were 'an "
                   "invasion'"],
        'other': ["this spreadsheet is going to be the death of me 💀 three hours and the formulas still don't work",
                  "worst letting agency in the country. boiler's died for the third time this month, i hope they go "
                  'bust']},
 'fr': {'hate': ['on sait tous comment sont {g}, pas besoin de faire un dessin 🙄',
                 "{g}, c'est une plaie : ça prend tout, ça rend rien, et c'est toujours nous qui payons",
                 "encore un vol à l'arraché dans le métro… devinez qui ? {g}, comme d'hab #quelle_surprise",
                 "j'ai rien contre {g} mais faut pas que ça vienne s'installer dans mon immeuble",
                 '{g} devraient avoir leurs propres bus et leurs propres quartiers, loin des gens normaux',
                 "c'est dans le sang chez {g} : fourberie, saleté, paresse. aucune éducation ne corrigera ça",
                 '{g} = cafards. ça grouille, ça pue et ça revient toujours 🤮',
                 "mdr {g} qui jouent les victimes alors que c'est la lie de l'humanité"],
        'violence': ['opération coup de balai ce soir, 22h, parking du Lidl. {g} dehors, et qui résiste finit dans '
                     'le canal',
                     'ramenez battes, molotovs et cagoules. samedi on tombe sur {g} du centre-ville 🔥',
                     'si {g} osent encore manifester dimanche, on les attend avec des couteaux, et pas pour discuter',
                     'combien de balles pour en finir avec {g} une bonne fois pour toutes ? je demande pour un ami 😏',
                     'quand ça pétera, {g} passeront en premier. la machette est déjà affûtée',
                     "appel à tous les patriotes : traquez {g} jusque dans leurs cages d'escalier, pas de quartier "
                     '#onsedéfend'],
        'benign': ["« dehors {g} » : vous vous entendez ? ce n'est pas une opinion, c'est de la haine pure. signalé.",
                   "Toulouse : un homme mis en examen après une série d'agressions visant {g}, trois victimes "
                   'hospitalisées',
                   '{g} ne volent pas vos boulots et ne vivent pas de vos impôts. regardez les chiffres au lieu de '
                   'relayer des fake news',
                   'le club de foot du quartier accueille tout le monde, {g} comme les autres, et franchement '
                   "l'ambiance est top ⚽",
                   "une chercheuse du CNRS explique qu'à CV égal, {g} ont deux fois moins de chances d'obtenir un "
                   "entretien d'embauche",
                   'la Défenseure des droits alerte sur la multiplication des propos haineux visant {g} en ligne et '
                   'appelle les plateformes à agir',
                   "tu peux critiquer une politique sans traiter {g} de sauvages. là t'as juste craché ta haine",
                   'un élu municipal a été suspendu après avoir écrit sur Facebook que {g} étaient « une invasion »'],
        'other': ['ce dossier va me tuer, trois nuits blanches pour un rapport que personne ne lira 😩',
                  "la SNCF je la hais. encore 40 min de retard, qu'on rase tout et qu'on recommence à zéro"]},
 'de': {'hate': ['wir wissen doch alle, wie {g} so sind. mehr sag ich dazu nicht 🙄',
                 '{g} sind wie Kakerlaken – wo eine ist, sind gleich hundert',
                 'ich will {g} nicht in meiner Nachbarschaft haben. sollen woanders hin, bloß nicht hierher',
                 '{g} sind von Natur aus hinterhältig und verlogen, das steckt bei denen in den Genen',
                 '{g} vermehren sich wie Ratten und bald gehört ihnen das ganze Land',
                 "komisch, immer wenn irgendwo was passiert, waren's am Ende {g}. aber das darf man ja nicht sagen "
                 '#Meinungsfreiheit',
                 '{g} können nichts, wissen nichts und wollen nichts – und wir sollen sie auch noch respektieren?',
                 'früher war das hier ein schönes Viertel. dann kamen {g}. noch Fragen?'],
        'violence': ['Sonntag, 19 Uhr, Parkplatz hinterm Bahnhof. wir besuchen {g} mal persönlich. Baseballschläger '
                     'nicht vergessen 😉',
                     'wenn ich was zu sagen hätte, stünden {g} morgen alle an der Wand',
                     'wie lange wollen wir noch zuschauen? es wird Zeit, dass {g} endlich bluten',
                     '#Säuberung jetzt: {g} raus, und wer nicht freiwillig geht, wird rausgetragen',
                     'jeder anständige Deutsche sollte eine Axt im Keller haben. für den Tag, an dem wir uns {g} '
                     'vornehmen',
                     'morgen demonstrieren {g} in der Innenstadt. wer mit dem Auto kommt: einfach Gas geben 😉'],
        'benign': ['„wir wissen doch, wie {g} sind“ – nein, wissen wir nicht. Pauschalurteile über ganze Gruppen '
                   'sind einfach dumm',
                   'nach den Angriffen auf zwei Treffpunkte in Leipzig fordern Verbände mehr Schutz für {g}',
                   '{g} sind nicht das Problem. das Problem sind Leute, die gegen {g} hetzen',
                   'bei uns im Chor singen {g}, Rentner, Studis – alle zusammen, und es klingt großartig 🎶',
                   'eine Studie der Uni Bielefeld zeigt: {g} werden bei der Wohnungssuche deutlich häufiger '
                   'abgelehnt',
                   'die Antidiskriminierungsbeauftragte nennt die Hetze gegen {g} im Netz „alarmierend“ und kündigt '
                   'ein Meldeportal an',
                   'Staatsanwaltschaft klagt 41-Jährigen an, der auf Telegram dazu aufgerufen hatte, {g} „zu '
                   'entsorgen“',
                   'heute im Podcast: wie erleben {g} ihren Alltag in Ostdeutschland? reinhören lohnt sich!'],
        'other': ['diese Deadline bringt mich noch um, ich schlafe seit Tagen kaum 😩',
                  'Schalke gehört aufgelöst, diesen Rumpelfußball erträgt doch kein Mensch mehr #S04']},
 'pt': {'hate': ['todo mundo sabe como {g} são, só não fala quem tem medo de ser cancelado 🤐',
                 '{g} são um atraso de vida pra esse país, sempre foram e sempre vão ser',
                 'não é preconceito, é experiência: onde {g} chegam, o bairro desvaloriza na hora',
                 'sério, por que {g} têm que aparecer em todo lugar agora? novela, propaganda, escola... ninguém '
                 'aguenta mais essa gente',
                 '{g} não são gente como a gente, são bicho. e bicho não se trata igual a ser humano',
                 'no meu restaurante {g} não entram. quer reclamar? vai reclamar com o bispo 😂',
                 'vcs já repararam q {g} nunca trabalham de verdade? só mamam nas tetas do governo kkkk',
                 'deixar {g} votar foi o maior erro da história desse país'],
        'violence': ['encontro sexta às 21h na praça da matriz. tragam taco e corrente, e quem encontrar {g} no '
                     'caminho já sabe o que fazer',
                     'e se a gente fizesse uma visitinha no lugar onde {g} se reúnem, levando umas garrafas de '
                     'gasolina? fica a dica 😈',
                     '{g} precisam aprender na porrada que aqui não é lugar pra essa gente. amanhã a gente ensina',
                     'se {g} aparecerem no ato de domingo, vai ter pedra e paulada pra todo lado. tô avisando',
                     'com {g} não tem diálogo: é chumbo até parar de respirar',
                     'galera, hoje à noite a gente sai pra fazer uma limpa na praça. o alvo são {g}. capuz, luva e '
                     'faca, e boca fechada'],
        'benign': ['o post dizendo que “{g} têm que sumir do mapa” já passou de mil curtidas. isso é discurso de '
                   'ódio e a plataforma tem que tirar do ar',
                   'MPF abre inquérito para apurar vídeos publicados por um vereador com ameaças contra {g}',
                   '{g} não são o inimigo. o inimigo é a desigualdade, acorda',
                   'segundo a pesquisadora, {g} enfrentam discriminação em entrevistas de emprego mesmo com '
                   'currículo igual ou melhor',
                   'o podcast desta semana entrevistou {g} que trabalham com tecnologia, episódio muito bom',
                   'a secretaria de direitos humanos lançou uma campanha contra a violência que {g} sofrem todos os '
                   'dias',
                   'ele postou que {g} “não prestam” e agora está respondendo a processo. bem feito',
                   'como professora, faço questão de que {g} tenham espaço e voz na minha sala de aula'],
        'other': ['esse calor de 40 graus é um crime contra a humanidade, alguém desliga o sol pfv ☀️',
                  'que timinho lixo, perder em casa de 3 a 0. tem que demitir a diretoria inteira e fechar esse '
                  'clube de vez']},
 'ar': {'hate': ['إحنا عارفين {g} عاملين إزاي، مش محتاجة شرح 🙄',
                 '{g} وباء، وين ما راحوا بيخربوا البلد',
                 '{g} عالة على الديرة، لا شغلة ولا مشغلة غير الشحاذة',
                 'نصيحة لوجه الله: لا تؤجّر بيتك لأحد من {g}، وبكرة تشكرني',
                 'كل ما أشوف {g} في المترو أغيّر العربية، ريحتهم لوحدها تقرف 🤢',
                 '{g} خطر على هويتنا ومستقبل أولادنا، ومن يقول غير ذلك مغفّل #استيقظوا',
                 'شو بتتوقع من {g}؟ هيك تربايتهم، وساخة وقلة أدب',
                 '{g} غير زبل، ما يسواو والو'],
        'violence': ['الليلة بننظّف الحي من {g}. التجمع عند دوّار البلدية الساعة 11، واللي عنده شي بصندوق السيارة '
                     'يجيبه معه',
                     'لو {g} نزلوا المظاهرة بكرة، هنستناهم بالسنج والمطاوي، واللي يحصل يحصل',
                     'لإيمتى رح نضل ساكتين؟ مين جاهز نكسّر راس {g} الليلة؟ 👊',
                     'لو شفت أحد من {g} في حارتنا دعسته بالسيارة، وأتحدى أحد يمنعني',
                     'إني أرى رؤوساً من {g} قد أينعت وحان قطافها، فاشحذوا السيوف يا رجال',
                     'خاصنا نخرجو على {g} بالجناوي، وما نخليو حد يتنفس'],
        'benign': ['«{g} وباء»... هذه ليست حرية رأي بل تحريض صريح على الكراهية. بلّغوا عن الحساب',
                   'عاجل | إصابة ثلاثة أشخاص في اعتداء استهدف تجمعاً من {g} وسط العاصمة، والشرطة تعتقل مشتبهاً به',
                   'لا يا جماعة، {g} مش خطر على حد. الخطر الحقيقي هو التعميم والتحريض',
                   'واش كاين شي جمعية كتساعد {g} هنا فكازا؟ بغيت نتطوع نهار السبت 🙏',
                   'أكدت الباحثة أن التمييز ضد {g} في العمل والسكن ما زال ممنهجاً، وأن معظم الحالات لا يُبلَّغ عنها',
                   'وزارة العدل: سنلاحق قضائياً كل من يحرّض على {g} عبر الإنترنت',
                   'اللي يسب {g} بالجملة ما يمثلنا، أخلاقنا أكبر من كذا',
                   'فصلت الجامعة أستاذاً بعد أن وصف {g} بـ«الجراثيم» في محاضرة مسجلة انتشرت على الإنترنت'],
        'other': ['هالحر رح يقتلني، يلعن هالصيف شو طويل 🥵', 'شركة النت دي زبالة، هكسر الراوتر وأرميه من البلكونة 😤']},
 'es': {'hate': ['ya sabemos todos cómo son {g}, no hace falta decir más 🙄',
                 'tener a {g} en tu calle es lo peor que te puede pasar: hunden cualquier barrio',
                 'no es odio, son datos: allí donde se instalan {g}, empiezan los problemas. punto.',
                 'yo no dejaría que {g} se acercaran a mis hijos, y que cada uno saque sus conclusiones',
                 '{g} no son como nosotros ni lo serán nunca. otra especie, literalmente',
                 'que alguien me explique qué aportan {g} a este país aparte de gastos y quejas',
                 'en mi bar no entran {g}. derecho de admisión y a mucha honra 💪',
                 'xq nadie dice q {g} viven del cuento?? xq no interesa, x eso'],
        'violence': ['quedada el viernes a las 22h en la plaza del ayuntamiento. venid con cadenas y sin miedo: esa '
                     'noche {g} no vuelven a casa',
                     'a {g} ni agua. a la mínima, patadas en la boca hasta que no se levanten',
                     '¿cuántos somos para darles una lección de verdad a {g}? yo me apunto y llevo la barra de '
                     'hierro',
                     'si {g} se atreven a salir a manifestarse el domingo, habrá palos y piedras. que nadie diga que '
                     'no avisamos',
                     'la solución para {g} cabe en una sola palabra: plomo. #YaBasta',
                     'esta noche salimos de cacería y el objetivo son {g}. pasamontañas, guantes y bate, que mañana '
                     'el parque amanezca limpio'],
        'benign': ['me están llegando audios al whatsapp diciendo que «hay que echar a {g}». no los reenviéis, '
                   'denunciadlos, que así empieza todo',
                   'juicio esta semana contra el acusado de difundir mensajes de odio contra {g} en redes sociales',
                   '{g} no son el problema de este país, por mucho que algunos se empeñen en repetirlo',
                   'el festival de este finde lo han organizado {g} del barrio y la comida estaba buenísima 😍',
                   'según la investigadora, {g} sufren discriminación a la hora de buscar trabajo o alquilar un '
                   'piso, y casi nunca denuncian',
                   'la defensora del pueblo pide más protección para {g} tras el aumento de los delitos de odio',
                   'mañana en el programa hablamos con {g} que participan en el proyecto de huertos urbanos',
                   'cada vez q alguien suelta q {g} «no son personas» me entran ganas de cerrar twitter. basta ya de '
                   'deshumanizar'],
        'other': ['voy a tirar el portátil por la ventana, se ha vuelto a colgar justo antes de la entrega 😤',
                  'qué vergüenza de equipo, 0-4 en casa. a esta directiva habría que disolverla ya y empezar de '
                  'cero']},
 'it': {'hate': ['tanto si sa come ragionano {g}, è inutile farsi illusioni',
                 '{g} sono un peso morto: prendono, pretendono e non danno mai niente in cambio',
                 'non è odio, è realtà: dove arrivano {g} il quartiere va a rotoli',
                 "{g} hanno il cervello di un animale, c'è poco da discutere",
                 'nel mio bar {g} non mettono piede. se non vi sta bene, andate altrove',
                 'ma perché in tv ci sono sempre {g}? cambio canale ogni volta, quella gente non la reggo',
                 'il diritto di voto per {g} è stato un errore storico, andrebbe tolto domani',
                 'raga ma avete notato che {g} nn lavorano mai? sempre a chiedere sussidi e a lamentarsi cmq'],
        'violence': ['appuntamento sabato alle 21 sotto il monumento. portate mazze e caschi, stavolta {g} se ne '
                     'ricorderanno per sempre',
                     'e se una notte qualcuno desse fuoco alla sede dove si riuniscono {g}? io non dico niente, ma '
                     'nessuno piangerebbe 😏',
                     'con {g} le parole non servono più, ci vogliono le bastonate. chi è pronto si faccia avanti',
                     'se domenica {g} si presentano in piazza, volano sassi e bottiglie. uomo avvisato mezzo salvato',
                     "l'unica lingua che capiscono {g} è quella del piombo #bastabuonismo",
                     'stanotte si esce a fare pulizia nei giardinetti. obiettivo: {g}. passamontagna, guanti e '
                     'coltello, e acqua in bocca'],
        'benign': ["gira su telegram un messaggio che dice «{g} devono sparire». l'ho segnalato alla polizia "
                   'postale, fatelo anche voi',
                   "al via il processo al consigliere comunale accusato di istigazione all'odio contro {g}",
                   '{g} non sono il nemico, e chi ve lo racconta vuole solo il vostro voto',
                   'secondo la ricercatrice, {g} subiscono discriminazioni quando cercano casa o lavoro, ma '
                   'denunciano raramente',
                   "l'assessora ha annunciato uno sportello di ascolto per {g} vittime di discriminazione",
                   'stasera alla radio ascoltiamo {g} che fanno volontariato in ospedale, puntata bellissima 💛',
                   "ogni volta che leggo che {g} «rubano il lavoro» mi cadono le braccia. i dati dicono l'esatto "
                   'contrario',
                   'bellissima la mostra fotografica su come {g} vivono il quartiere, andateci finché è aperta'],
        'other': ["questo caldo è una tortura, giuro che se il condizionatore si rompe un'altra volta lo butto dalla "
                  'finestra 🥵',
                  "squadra imbarazzante, l'allenatore va esonerato stasera stessa e la società va rifondata da "
                  'zero']},
 'nl': {'hate': ['we weten allemaal hoe {g} zijn. meer hoef ik niet te zeggen 🙄',
                 '{g} zijn net kakkerlakken: zie je er één, dan zitten er honderd in je huis',
                 '{g} hebben niks te zoeken in ons zwembad, op de sportclub of op het schoolplein. hou ze buiten de '
                 'deur',
                 'waar {g} komen wonen, gaat de hele buurt binnen een paar jaar naar de kloten. toeval? dacht het '
                 'niet',
                 '{g} zijn vies, luidruchtig en onbeschoft. altijd al geweest en dat blijft zo #zeghetzoalshetis',
                 'lol alweer een nieuwsbericht over {g}. verbaast toch niemand meer, zo zijn ze nou eenmaal',
                 'met {g} kun je geen normaal gesprek voeren, het blijven beesten',
                 'eerlijk? ik word al misselijk als er {g} naast me in de trein komen zitten'],
        'violence': ['tijd om de straten schoon te vegen. {g} eerst. zaterdag 20:00 achter de sporthal, neem iets '
                     'zwaars mee',
                     'als ik het voor het zeggen had, werden {g} morgen allemaal tegen de muur gezet',
                     'zullen we {g} eens een lesje leren dat ze nooit vergeten? heb nog een kofferbak vol koevoeten '
                     'liggen',
                     '{g} moeten op de trein, enkele reis, en jullie weten wel waarheen',
                     "wie mist {g} nou als ze vannacht een 'ongelukje' krijgen? niemand. dus doe gewoon wat er "
                     'gedaan moet worden',
                     '#opruimen mannen, de grachten zijn diep genoeg voor alle {g}'],
        'benign': ['wie beweert dat {g} niet bij Nederland horen, moet eens een geschiedenisboek openslaan',
                   'drie jongeren aangehouden na mishandeling van twee {g} in Utrecht',
                   '{g} zijn niet gevaarlijk. gevaarlijk zijn de types die tegen ze ophitsen',
                   'gisteren met een paar {g} van mijn werk uit eten geweest, superleuke avond gehad 😊',
                   'onderzoekers zien dat {g} vaker worden afgewezen bij sollicitaties, zelfs met precies hetzelfde '
                   'cv',
                   "de burgemeester noemt de dreigbrieven aan {g} 'walgelijk' en belooft extra politie in de wijk",
                   "het OM vervolgt een man die op X opriep om {g} 'op te ruimen'. terecht, zulke oproepen zijn "
                   'levensgevaarlijk',
                   'hoeveel {g} wonen er eigenlijk in nederland? kan nergens recente cijfers vinden'],
        'other': ["die deadline van vrijdag maakt me echt kapot, ik vermoord m'n planning nog eens 😩",
                  'Ajax kun je net zo goed opheffen, wat een waardeloze club. die hele selectie kan de prullenbak '
                  'in']},
 'pl': {'hate': ['wszyscy wiemy, jak zachowują się {g}. nic więcej nie muszę mówić',
                 '{g} to karaluchy – gdzie pojawi się jeden, tam zaraz jest ich setka',
                 'trzymajmy {o} z dala od naszych szkół, basenów i placów zabaw',
                 '{g} to ludzie drugiej kategorii i niech nikt nie udaje, że jest inaczej',
                 'kto zatrudnia {o}, sam jest sobie winien. leniwe i tępe towarzystwo',
                 'haha, znowu {g} w wiadomościach. nikogo to już nie dziwi, taka ich natura',
                 '{g} to nie ludzie, tylko bydło',
                 'odkąd {g} panoszą się w tym mieście, nie da się normalnie żyć. brud, hałas i smród #mamydość'],
        'violence': ['czas zrobić porządek: {g} won, a kto nie wyjdzie sam, tego wyniesiemy nogami do przodu',
                     'gdyby to zależało ode mnie, postawiłbym {o} pod ścianą i nie tracił czasu na żadne sądy',
                     'kto jedzie w sobotę z nami „odwiedzić” {o}? zbiórka o 21 pod Biedronką, zabierzcie kastety i '
                     'kominiarki',
                     'jak długo jeszcze będziemy tolerować {o}? pora wyciągnąć siekiery z piwnicy',
                     '#czystemiasto pierwszy cel: {g}. benzyna już czeka w kanistrach, reszta w piątek wieczorem',
                     'wrzućmy {o} do rzeki i zobaczymy, czy umieją pływać 😂'],
        'benign': ['„{g} to karaluchy” – serio, ktoś to napisał pod moim postem? zgłoszone. takie teksty nie mają '
                   'nic wspólnego z wolnością słowa',
                   'prokuratura oskarżyła 34-latka, który w internecie nawoływał do ataków na {o}',
                   '{g} to nie zagrożenie. zagrożeniem są ci, którzy szczują na {o}',
                   'w naszym klubie biegowym trenują {g}, emeryci, studenci – każdy jest mile widziany 🏃',
                   'badaczka z UW: {g} częściej niż reszta społeczeństwa słyszą odmowę, gdy szukają mieszkania na '
                   'wynajem',
                   'rzecznik praw obywatelskich apeluje o lepszą ochronę, bo ataki na {o} wciąż nie słabną',
                   'czy ktoś zna aktualne dane o tym, gdzie w Polsce mieszkają {g}? piszę pracę magisterską',
                   'na wczorajszym meczu grupa kibiców obrażała {o} z trybun. klub zapowiada zakazy stadionowe'],
        'other': ['ten deadline mnie zabije, od trzech dni śpię po cztery godziny 😵',
                  'Legia zagrała dziś jak drużyna z podwórka. cały zarząd do wymiany, i to natychmiast']},
 'hi': {'hate': ['{o} की असलियत हम सब जानते हैं, ज्यादा बोलने की जरूरत नहीं 🙄',
                 '{o} पर भरोसा करना अपने ही पैरों पर कुल्हाड़ी मारने जैसा है',
                 '{g} और ईमानदारी? 😂😂 अच्छा मजाक था भाई',
                 '{o} की फितरत में ही धोखा है, इनसे कोई उम्मीद मत रखना',
                 'हमारी सोसाइटी में {o} की एंट्री बंद होनी चाहिए। बाकी सब चलेगा, बस ये नहीं #अपनी_सोसाइटी_अपने_नियम',
                 'जिस इलाके में {o} की आबादी बढ़ी, वहां का हाल खुद जाकर देख लो... बाकी आप समझदार हैं',
                 '{o} को इंसानों जैसी इज्जत देना बेकार है, ये उसके लायक ही नहीं',
                 '{o} से बहस करना भैंस के आगे बीन बजाना है, अक्ल नाम की चीज ही नहीं इनमें'],
        'violence': ['कल सुबह 6 बजे पुराने बस अड्डे पर मिलो, डंडे और बोतलें साथ लाना। {o} का हिसाब कल ही होगा',
                     'अगर कल जुलूस के आसपास {o} की परछाईं भी नजर आए तो वहीं हड्डियां तोड़ देना, पत्थर अभी से छतों पर '
                     'जमा कर लो',
                     '{o} का इलाज अब सिर्फ तलवार से होगा। कौन-कौन साथ है? 🗡️',
                     'पेट्रोल का इंतजाम हो गया है 🔥 रात 2 बजे {o} के ठिकानों के पास मिलते हैं, फोन घर पर छोड़कर आना',
                     '{o} को उनकी औकात दिखाने का एक ही तरीका बचा है: घर में घुसकर मारो',
                     'क्या {o} को इस धरती पर सांस लेने का हक है? नहीं! तो फिर इंतजार किस बात का, घरों से निकलो और '
                     'काम तमाम करो'],
        'benign': ["जो लोग कहते हैं कि '{g} देश पर बोझ हैं', उन्हें पहले आंकड़े देखने चाहिए। ऐसी बातें सिर्फ नफरत "
                   'फैलाती हैं',
                   'मध्य प्रदेश: सोशल मीडिया पर {o} के खिलाफ भड़काऊ वीडियो डालने वाला युवक गिरफ्तार',
                   '{g} देशद्रोही नहीं हैं। किसी एक की गलती के लिए सबको दोषी ठहराना बंद कीजिए',
                   'शहर के पुस्तक मेले में इस बार {o} के लिखे उपन्यासों का एक खास स्टॉल है, जरूर जाइए 📚',
                   'समाजशास्त्री डॉ. मीना वर्मा के अनुसार, किराए के मकान और नौकरी में {o} के साथ भेदभाव अब भी आम है',
                   'जिलाधिकारी ने कहा कि {o} को धमकाने या उनका बहिष्कार करने वालों पर सख्त कार्रवाई होगी',
                   '{o} के मुद्दों पर आज शाम 7 बजे लाइव चर्चा है, आप भी अपने सवाल भेजिए #संवाद',
                   "कमेंट में कोई '{o} को भगाओ' लिख रहा था, रिपोर्ट कर दिया। भाई, असहमति रखो पर नफरत मत फैलाओ"],
        'other': ['ये गर्मी तो जान लेकर ही मानेगी 🥵 पंखे ने भी जवाब दे दिया',
                  'बैंक की ये घटिया ऐप जला देने लायक है, तीसरी बार पेमेंट अटक गया 😡']},
 'zh': {'hate': ['懂的都懂，{g}是什么货色大家心里有数',
                 '{g}素质就这样，别指望了🙄',
                 '建议地铁给{g}单独设个车厢，别跟正常人挤在一起',
                 '{g}的话能信？母猪都能上树了',
                 '又是{g}惹的事，真是走到哪乱到哪 #避雷',
                 '{g}本质上就是一群没进化完全的生物，跟这种东西讲道理没用',
                 '看到{g}就绕道走，沾上就倒霉，这是我妈从小教我的',
                 '这年头连{g}都敢出来发声了？给脸不要脸是吧'],
        'violence': ['周六晚上八点，老地方集合，刀都磨好了，这次专门找{g}算账',
                     '{g}要是再敢上街游行，就直接开车撞过去',
                     '凭什么{g}还能活得好好的？谁来替天行道？',
                     '给{g}送点“温暖”，汽油已经备好了🔥 懂的私信',
                     '明天带上砖头去{g}聚集的地方，让这帮人好好长长记性',
                     '#除害# 全网征集{g}的住址，找到一家收拾一家'],
        'benign': ['看到评论区有人说“{g}都该滚出去”，真的很寒心。请大家理性发言',
                   '【快讯】某市一男子在网上发布针对{g}的恐吓言论，已被警方行政拘留',
                   '{g}并不比任何人差，别再用刻板印象看人了',
                   '周末去听了一场由几位{g}主讲的公益讲座，收获很大👍',
                   '研究人员指出，{g}在求职和租房中仍然普遍遭受歧视，这一问题亟需重视',
                   '相关部门表示，将依法严惩针对{g}的网络暴力和线下骚扰',
                   '今天社区活动来了不少{g}，大家一起在公园种树，气氛特别好',
                   '“{g}不是人”这种话也能上热搜？平台管管吧，这就是赤裸裸的仇恨'],
        'other': ['这鬼天气热死人了，空调还罢工，我要原地爆炸💥', '国足这踢的什么玩意儿，全队都该回炉重造 #国足']},
 'sw': {'hate': ['sote tunajua {g} wako vipi, sina haja ya kusema zaidi 🙄',
                 '{g} na ukweli ni maji na mafuta, hawachanganyiki kamwe',
                 'msiwaalike {g} kwenye harusi zenu, wataleta balaa tu',
                 '{g} ni kama nzi, popote walipo kuna uchafu na harufu',
                 'hakuna kitu kinachonikera kama kuona {g} wakijifanya wana akili 😂😂',
                 '{g} wamezaliwa wavivu, hata ukiwapa kila kitu hawatabadilika',
                 'ukiona {g} wanakuchekea, jua wanapanga kukuibia #tahadhari',
                 'kwa nini tuendelee kuwapa {g} heshima ya binadamu? hawastahili'],
        'violence': ['jumamosi saa tatu usiku tukutane sokoni, kila mtu aje na rungu. ni zamu ya {g} kulipa',
                     '{g} wakiendelea kujaa hapa mtaani, tutawamaliza mmoja mmoja',
                     'mnasubiri nini kuwafundisha {g} somo? mafuta ya taa yapo, kiberiti kipo 🔥',
                     'kesho alfajiri tunafyeka nyasi ndefu mtaani 🌾 {g} mmeshaonywa, tutaanza nanyi',
                     '{g} watakaoonekana kesho kwenye barabara kuu wachinjwe kama mbuzi',
                     'mkiwa wanaume kweli, mtavamia makazi ya {g} usiku wa leo na kuyateketeza yote'],
        'benign': ['anayesema “{g} hawana akili” anaeneza chuki tu. tusikubali lugha kama hiyo mitandaoni',
                   'HABARI: mwanamume mmoja amefikishwa mahakamani kwa kuchapisha jumbe za uchochezi dhidi ya {g} '
                   'kwenye facebook',
                   '{g} si tatizo la nchi hii, tatizo ni ufisadi na ukosefu wa ajira',
                   'hongera kwa {g} walioshiriki mbio za nyika jana, mmetuheshimisha sana 👏',
                   'mtafiti wa haki za binadamu anasema {g} bado wanabaguliwa wanapotafuta kazi na nyumba za kupanga',
                   'kamishna wa kaunti ameonya kwamba yeyote atakayewatishia {g} atachukuliwa hatua kali za kisheria',
                   'leo kwenye kipindi chetu cha redio tunazungumza na {g} kuhusu changamoto za maisha ya mjini. '
                   'tupigie!',
                   'nimeona mtu ameandika “tuwamalize {g}” kwenye group. nimemripoti. chuki haina nafasi hapa '
                   '#HapanaKwaChuki'],
        'other': ['joto la leo linaniua jamani, hata feni imekata tamaa 🥵',
                  'hii timu yetu ya taifa inahitaji kuvunjwa yote na kuanza upya, aibu tupu #HarambeeStars']}}
for _lang, _cats in APPENDED_S9.items():
    for _cat, _frames in _cats.items():
        L[_lang][_cat] = L[_lang][_cat] + _frames

# Session 9 held-out frames: validation only, never trained on (prepare_data.py forces them into val and
# records their hashes in splits/val-hashes.txt). Per template language 3 hate, 3 violence and 4 benign
# frames (counter-speech quoting hate, news, negation, an everyday mention), written for this project
# without reading test/ and checked against every frame above (at most 14% shared character 4-grams;
# character pairs for Chinese, which has no spaces).
# Before them a template-only language's val verdict rested on one or two frames per label.
HELD_OUT_S9: dict[str, dict[str, list[str]]] = {'en': {'hate': ["imagine letting {g} run a country lmao. we'd be back in caves within a year",
                 "{g} aren't people, they're livestock that figured out how to use a smartphone",
                 'landlords round here quietly stopped renting to {g} and funny how the burglaries dropped 🤔 just '
                 'saying'],
        'violence': ["swear to god if {g} hold that vigil in the park again i'm opening fire. rifle's already in the "
                     'trunk',
                     "the neighbourhood has a problem called {g}, and we've got the solution in jerry cans. you know "
                     'where to be 🔥',
                     'line {g} up against a wall and shoot them. no trials, no exceptions'],
        'benign': ['someone in the group chat wrote "{g} breed like rabbits" and everyone laughed. i left. that '
                   "isn't a joke, it's dehumanisation",
                   "Man charged after leaving voicemails at a local support charity threatening to 'wipe out' {g}, "
                   'court hears',
                   '{g} are not the reason your rent went up. landlords and interest rates are',
                   "the library's hosting a storytelling night run by {g} from the neighbourhood this thursday, free "
                   'snacks 📚']},
 'fr': {'hate': ["{g} c'est pas des gens, c'est du bétail qu'on a laissé sortir de l'enclos",
                 'le QI moyen chez {g}, on en parle ? parce que ça expliquerait pas mal de choses 🤔',
                 "je change de wagon dès que {g} montent dans le tram. on sait jamais ce qu'on peut attraper"],
        'violence': ['je jure que si {g} refont leur rassemblement place Bellecour, ça finira dans le sang. le fusil '
                     'est déjà dans le coffre',
                     "les gars, la saison de la chasse est ouverte 🦌 gibier du jour : {g}. rdv au stade à l'aube, "
                     'vous savez quoi prendre',
                     'faut pendre {g} aux lampadaires, un par un, et laisser les corps en exemple'],
        'benign': ["« {g}, c'est de la racaille » : relis ta phrase avant de poster, c'est mot pour mot la "
                   'rhétorique des années 30',
                   "Marseille : des tags injurieux visant {g} découverts sur la façade d'une école primaire, le "
                   'parquet ouvre une enquête pour provocation à la haine',
                   '{g} ne sont pas une menace pour la République, ce sont des gens qui bossent, paient leur loyer '
                   'et râlent sur la météo comme tout le monde',
                   "ce soir à la médiathèque, table ronde animée par {g} de l'association locale sur l'accès au "
                   'logement, entrée libre ☕']},
 'de': {'hate': ['{g} sind das Krebsgeschwür dieser Gesellschaft, und wer was anderes behauptet, lügt sich was vor',
                 'ehrlich, für {g} sollte es eigene Busse und eigene Wartezimmer geben. ich will mit sowas nicht in '
                 'Berührung kommen',
                 '{g} und Verantwortung übernehmen? 😂 der war gut. eher geht die Sonne im Westen auf'],
        'violence': ["ich sag's offen: am besten stellt man {g} in einer Reihe auf und drückt ab",
                     'ein Kanister Benzin kostet 20 Euro. das Heim, in dem {g} pennen, ist aus Holz. ich sag ja nur '
                     '🔥',
                     'lasst uns {g} so lange verprügeln, bis sich nichts mehr regt. wer ist dabei?'],
        'benign': ['„{g} raus!“ brüllen und sich dann wundern, warum man als Nazi bezeichnet wird. ernsthaft? 🤦',
                   'Dortmund: Unbekannte haben in der Nacht Flugblätter gegen {g} in Briefkästen verteilt, der '
                   'Staatsschutz ermittelt',
                   '{g} sind keine Belastung für den Sozialstaat, auch wenn das gewisse Talkshowgäste ständig '
                   'behaupten',
                   "kleiner Tipp fürs Wochenende: im Stadtmuseum gibt's eine Fotoausstellung, für die {g} aus dem "
                   'Viertel ihre Geschichten erzählt haben. sehr sehenswert']},
 'pt': {'hate': ['{g} deviam estar num hospício, não andando livres por aí e dando opinião sobre tudo',
                 '{g} são que nem pombo: sujam tudo, fazem barulho e ninguém consegue se livrar dessa gente',
                 'vi que agora {g} também podem pilotar avião comercial. a partir de hoje eu só viajo de ônibus 🙃😂'],
        'violence': ['tô com a 38 carregada esperando {g} passarem na frente de casa. quem aparecer primeiro leva '
                     'chumbo',
                     'tá na hora de {g} conhecerem o micro-ondas 😉🔥 quem tiver pneu velho em casa, separa aí',
                     'joga uma granada no meio da festa que {g} fazem todo sábado e pronto, problema resolvido '
                     'rapidinho'],
        'benign': ['picharam «{g} têm que morrer» no ponto de ônibus e ainda tem gente chamando isso de liberdade de '
                   'expressão. não é: é incitação ao ódio, e é crime',
                   'Escola de Belo Horizonte afasta professor após alunos denunciarem falas ofensivas contra {g} em '
                   'sala de aula',
                   '{g} não são um peso para a economia: os números mostram que contribuem mais do que recebem',
                   'todo domingo eu como pastel na barraca da feira onde trabalham {g}. melhor pastel da cidade, sem '
                   'exagero 🥟']},
 'ar': {'hate': ['قسم بالله لو الأمر بيدي ما خليت أحد من {g} يدخل الديرة، الديرة لأهلها وبس',
                 'الكلاب الضالة أنضف من {g} بمراحل، على الأقل الكلب بيعرف الجميل',
                 'يكفي أن تجلس ساعة واحدة مع أي مجموعة من {g} لتفهم لماذا تتقدم أمم وتتخلف أخرى'],
        'violence': ['أقسم بالله لو رأيت تجمعاً من {g} في ساحة البلدة لأفرغت فيه مخزن الرشاش كاملاً',
                     'العرس يوم الجمعة بعد الصلاة، والمعازيم {g} 🔥 جيبوا البنزين والولاعات، والباقي معروف',
                     'أي حد من {g} يعدّي من شارعنا هندبحه ونصوّره، وخلّي ده يبقى درس للكل'],
        'benign': ['حدا كاتب «{g} سرطان ولازم ينشال من جذوره» وجايب ألف لايك 🤦\u200d♂️ هاد مش رأي، هاد تحريض صريح. '
                   'بلّغت عنه وبتمنى تعملوا متلي',
                   'أعلنت النيابة العامة توقيف شابين يشتبه في إضرامهما النار بمبنى جمعية تعنى بشؤون {g}، ولم تسجل '
                   'إصابات',
                   '{g} مش سبب الغلاء ولا البطالة، اللي نهب البلد معروف وقاعد في القصر',
                   'البارح حضرت ورشة طبخ نظّماتها جمعية ديال {g} فالحومة، الكسكس كان واعر 😍']},
 'es': {'hate': ['{g} tienen un problema mental, y eso se trata en un psiquiátrico, no en el congreso',
                 'con {g} pasa como con los perros callejeros: les das de comer una vez y luego no hay manera de '
                 'quitarte a esa gente de encima',
                 'nada contra {g}, de verdad, pero cuando veo a esa gente por la acera me cambio de lado y agarro '
                 'fuerte el bolso. instinto 🤷'],
        'violence': ['como vea a {g} cruzando por el paso de cebra, acelero y paso por encima. lo digo muy en serio',
                     'ya tenemos el árbol, la cuerda y la lista de {g} del pueblo. el sábado toca decorar 🌳🪢 quien '
                     'quiera ayudar, por privado',
                     'paredón para {g}. ni juicio, ni cárcel, ni hostias: paredón y se acabó el problema'],
        'benign': ['un concejal ha tuiteado que «{g} sobran en este país» y encima le llueven likes. eso no es '
                   'opinar, es señalar a gente para que la ataquen. vergüenza',
                   'La Fiscalía abre diligencias por los cánticos contra {g} que se escucharon el domingo en la '
                   'grada de un estadio de Primera División',
                   '{g} no son menos inteligentes que nadie; esos «estudios» que circulan por ahí están más que '
                   'desmentidos',
                   'recomendación del finde: una novela preciosa sobre {g} de un pueblo de Jaén y sus familias a lo '
                   'largo de tres generaciones. la leí del tirón 📚']},
 'it': {'hate': ["{g} sono la quinta colonna di chi vuole distruggere l'Italia. svegliatevi prima che sia tardi",
                 'con {g} è come con le cavallette: arrivano, si mangiano tutto e poi passano al paese dopo',
                 'il mio medico di base va in pensione e al suo posto potrebbero mettere qualcuno tra {g}. chiedo '
                 'subito di cambiare medico, non si sa mai 🙃'],
        'violence': ['ho la pistola carica e aspetto sotto il centro dove {g} si vedono il giovedì. stavolta nessuno '
                     'torna a casa',
                     'sabato grigliata speciale al campo: la carne la portano {g}, noi pensiamo a benzina e '
                     'fiammiferi 😉🔥',
                     'caricate {g} su un barcone e affondatelo al largo, così finalmente ci lasciano in pace'],
        'benign': ["qualcuno ha scritto «a morte {g}» sul muro della fermata e c'è pure chi lo difende come libertà "
                   "di parola. no: è istigazione all'odio, ed è reato",
                   "Milano, danneggiate nella notte le auto davanti all'associazione che assiste {g}: sui vetri "
                   'scritte ingiuriose. indaga la Digos',
                   '{g} non sono meno capaci di nessun altro sul lavoro: chi lo pensa non ci ha mai lavorato fianco '
                   'a fianco',
                   'il coro in cui canto è misto: ci sono anziani, studenti e anche {g}. la prova di stasera è '
                   'andata alla grande 🎶']},
 'nl': {'hate': ['{g} horen gewoon niet thuis in een beschaafd land, zo simpel is het',
                 'heb je ooit {g} iets zinnigs zien bijdragen? ik niet. profiteurs zijn het, van generatie op '
                 'generatie',
                 '{g} met een diploma, net zoiets als een aap met een stropdas 🐒😂'],
        'violence': ['ik zweer het, de eerste {g} die morgen bij ons op het plein staan, rijd ik gewoon omver',
                     "jongens, vrijdagavond even een 'bezoekje' brengen aan {g} in de Vogelwijk. handschoenen aan, "
                     'telefoons thuislaten 👊',
                     '{g} verdienen een kogel, stuk voor stuk. wie heeft er nog munitie over?'],
        'benign': ["iemand in de groepsapp stuurde '{g} zijn afval'. ben er direct uitgestapt, met zulke mensen wil "
                   'ik niks te maken hebben',
                   'Rotterdam: man (52) opgepakt nadat hij bij een tramhalte {g} met stenen bekogelde, twee gewonden',
                   '{g} zijn geen bedreiging voor onze veiligheid, wat sommige politici ook roepen',
                   'zaterdag op de markt een mooi gesprek gehad met {g} die vrijwilligerswerk doen bij de '
                   'voedselbank ❤️']},
 'pl': {'hate': ['{g} w tym kraju to jak rak – rośnie po cichu, aż zniszczy cały organizm',
                 'po co w ogóle wpuszczać {o} do normalnych sklepów? niech siedzą u siebie',
                 '{g} i uczciwa praca? dobry żart 😂 prędzej świnie zaczną latać'],
        'violence': ['{o} należy rozstrzelać, bez sądu i bez litości',
                     'w piątek po meczu robimy „spacer” po osiedlu, gdzie gnieżdżą się {g}. pałki we własnym '
                     'zakresie 😉',
                     '{g} niech płoną razem ze swoimi domami. kanistry już zatankowane 🔥'],
        'benign': ['ktoś na grupie osiedlowej napisał „wyrzucić {o} z Polski”. naprawdę ludzie nadal tak myślą? '
                   'wstyd',
                   'Kraków: dwóch mężczyzn pobiło {o} na przystanku tramwajowym. sprawcy usłyszeli zarzuty',
                   '{g} nie są żadnym zagrożeniem dla Polski, przestańcie w końcu straszyć ludzi',
                   'dzisiaj w bibliotece {g} z całego regionu opowiadają o swoich ulubionych książkach, wstęp wolny '
                   '📚']},
 'hi': {'hate': ['{o} से हाथ मिलाने के बाद मैं डेटॉल से हाथ धोता हूं, क्या पता कौन सी बीमारी चिपक जाए 🤢',
                 '{o} को जितनी मर्जी डिग्रियां दे दो, इनके खून में जो गंदगी है वो कभी नहीं धुलती',
                 'आस्तीन के सांप हैं {g}, दूध पिलाने वाले को ही डसना इनकी पुरानी आदत है'],
        'violence': ['मौका मिलते ही {o} का गला रेत दो, पहला वार मैं खुद करूंगा',
                     "कल 'पिकनिक' है भाइयों 😉 सामान (समझ गए ना कौन सा) साथ लेकर आना, शुरुआत {o} से होगी",
                     '{o} के खिलाफ अब आर-पार की लड़ाई है, जो भी हाथ लगे उसे पीट-पीटकर अधमरा कर दो'],
        'benign': ["'{o} से कोई सामान मत खरीदो' वाले मैसेज फॉरवर्ड करने वालों को शर्म आनी चाहिए। संविधान हर नागरिक "
                   'को बराबरी देता है',
                   'पुणे: देर रात भीड़ ने {o} के एक समूह पर हमला किया, चार लोग अस्पताल में भर्ती। पुलिस ने एफआईआर '
                   'दर्ज कर जांच शुरू की',
                   '{g} कोई खतरा नहीं हैं, असली खतरा वो सोच है जो इंसान को इंसान से बांटती है',
                   'रविवार को पार्क में योग शिविर था, {o} ने भी बढ़-चढ़कर हिस्सा लिया 🧘']},
 'zh': {'hate': ['公立学校就不该聘用{g}当老师，纯属误人子弟', '跟{g}打交道记得多长个心眼，这帮人骨子里就是骗子', '{g}跟臭水沟里的老鼠没什么两样，一辈子见不得光'],
        'violence': ['我车后备箱里一直放着一根钢管，专门给{g}准备的，谁撞上谁倒霉',
                     '最近天干物燥，{g}住的那片老楼要是“不小心”着了火，也算天意吧😏 兄弟们懂的',
                     '{g}开的那几家店，明天中午大家一起去砸了，人要是在，连人一块儿揍'],
        'benign': ['有人留言说“{g}就不该生下来”，说这种话的人心里该有多阴暗？已举报',
                   '【社会】昨日凌晨，三名{g}在夜市附近遭一伙人持棍围殴，其中一人重伤，警方已刑拘两名嫌疑人',
                   '{g}不是什么洪水猛兽，也是普普通通过日子的人',
                   '图书馆这周办了个关于{g}日常生活的摄影展，拍得挺用心的，周末有空可以去看看📷']},
 'sw': {'hate': ['eti {g} nao wanataka viti bungeni 😂 kazi yao ni kelele tu, hawawezi kuongoza hata kuku',
                 '{g} wanazaliana kama panya, karibuni watajaa kila kona ya nchi',
                 '{g} wasiruhusiwe kufundisha shuleni, wataambukiza watoto wetu tabia zao mbovu'],
        'violence': ['naapa, nikiwakuta {g} karibu na boma langu nitawakata vichwa kwa shoka',
                     'wiki ijayo ni msimu wa kuwinda 🏹 mawindo ni {g}. vijana jiandaeni, mnajua la kufanya',
                     'wananchi amkeni! kila kijiji kiunde kikosi, {g} wasakwe nyumba kwa nyumba na kupigwa hadi '
                     'wasiweze kusimama'],
        'benign': ['kuna kiongozi amesema kwenye mkutano kwamba “{g} ni nyoka”. maneno kama hayo ndiyo yaliyoleta '
                   'mauaji ya 2007/08, tusiyanyamazie',
                   'Mombasa: nyumba tano za {g} zilichomwa moto usiku wa kuamkia leo, polisi wanasema wahusika '
                   'wanasakwa',
                   '{g} si wavivu kama mnavyodai, wengi wao huamka saa kumi alfajiri kwenda kazini',
                   'tumepata mwaliko wa chai jioni kutoka kwa {g} wa mtaa wetu, watu wakarimu sana ☕']}}

# Session 14 (docs/decisions/session-14.md, changes 43-44; the shipped model since then is trained with them):
# per template language 7 benign frames of a kind the earlier ones have few of: everyday, official and
# factual mentions of a group (statistics, a school talk on local history, a council meeting, a workplace, a study on
# discrimination, a street party, "talk to them"). Written without reading test/; checked against every frame above
# (at most 31% shared character 4-grams, character pairs for Chinese). Training split only: they never touch dev or val.
APPENDED_S14: dict[str, dict[str, list[str]]] = {
    'en': {'benign': [
        "the census report says {g} now make up a bigger share of the city's nurses and teachers than ten years ago",
        'our school is running a week of talks on local history. today: {g} and their part in building this town',
        'the council met representatives of {g} today to talk about housing and access to local services',
        "half my team at work are {g} and honestly it's the best team i've ever worked in",
        'new study: {g} still get fewer interview calls than others with exactly the same CV',
        'street party last night, {g} and all the neighbours together. food, music, kids everywhere. lovely evening',
        'if you want to understand {g}, talk to them instead of reading comment sections',
    ]},
    'fr': {'benign': [
        'selon les chiffres officiels, {g} sont de plus en plus nombreux parmi les soignants et les enseignants de la région',
        "cette semaine au lycée, conférences sur l'histoire locale. aujourd'hui : {g} et la ville, de 1900 à nos jours",
        "la mairie a reçu aujourd'hui les associations qui représentent {g} pour parler de logement et d'accès aux services",
        "au travail, la moitié de mon équipe, ce sont {g}, et franchement c'est la meilleure équipe que j'ai eue",
        'nouvelle étude : à CV égal, {g} reçoivent encore moins de réponses des employeurs',
        'hier soir, fête de quartier avec {g} et tous les voisins : musique, cuisine, des enfants partout. belle soirée',
        'si vous voulez comprendre {g}, parlez-leur au lieu de lire les commentaires',
    ]},
    'de': {'benign': [
        'laut neuer Statistik sind {g} in Pflege und Schulen unserer Stadt stärker vertreten als vor zehn Jahren',
        'diese Woche gibt es an unserer Schule Vorträge zur Stadtgeschichte, heute: {g} und ihre Spuren in unserer Stadt',
        'der Stadtrat hat sich heute mit Verbänden getroffen, die {g} vertreten, es ging um Wohnungen und Beratung',
        'in meinem Team bei der Arbeit sind {g} genauso selbstverständlich dabei wie alle anderen, und das ist gut so',
        'neue Studie: {g} bekommen bei gleichem Lebenslauf immer noch seltener eine Einladung zum Vorstellungsgespräch',
        'gestern Abend Straßenfest, {g} und alle Nachbarn zusammen, Musik, Essen, überall Kinder. schöner Abend',
        'wer {g} verstehen will, sollte mit ihnen reden, statt Kommentarspalten zu lesen',
    ]},
    'pt': {'benign': [
        'segundo os dados oficiais, {g} estão cada vez mais presentes entre professores e profissionais de saúde da região',
        'nesta semana a escola promove palestras sobre a história local: {g} e a cidade, de 1900 até hoje',
        'a prefeitura recebeu hoje representantes de entidades que defendem {g} para discutir moradia e acesso a serviços',
        'no meu trabalho metade da equipe são {g}, e sinceramente é a melhor equipe que já tive',
        'estudo recente: mesmo com currículos iguais, {g} continuam recebendo menos convites para entrevistas',
        'ontem teve festa na rua com {g} e todos os vizinhos: música, comida, criança por todo lado. noite linda',
        'quem quer entender {g} deveria conversar com essas pessoas em vez de ler comentários na internet',
    ]},
    'ar': {'benign': [
        'بحسب الإحصاءات الرسمية، ارتفعت نسبة العاملين من {g} في مستشفيات ومدارس منطقتنا خلال عشر سنوات',
        'هذا الأسبوع في المدرسة محاضرات عن تاريخ المدينة، وموضوع اليوم: إسهامات {g} في نهضتها',
        'التقت البلدية اليوم بجمعيات تمثل {g} لمناقشة السكن والخدمات',
        'نصف فريقي في العمل من {g}، وبصراحة هو أفضل فريق عملت معه',
        'دراسة جديدة: رغم تطابق السيرة الذاتية، ما زالت فرص {g} في الحصول على مقابلة عمل أقل',
        'أمس كان احتفال في الحي، جلسنا مع {g} وكل الجيران: موسيقى وأكل وأطفال في كل مكان',
        'إذا أردت أن تفهم {g} فتحدث معهم بدل قراءة التعليقات',
    ]},
    'es': {'benign': [
        'según los datos oficiales, {g} tienen cada vez más presencia entre el personal sanitario y docente de la región',
        'esta semana en el instituto hay charlas sobre historia local. hoy: {g} y la ciudad desde 1900 hasta hoy',
        'el ayuntamiento se reunió hoy con asociaciones que representan a {g} para hablar de vivienda y servicios',
        'en mi trabajo la mitad del equipo son {g}, y sinceramente es el mejor equipo que he tenido',
        'nuevo estudio: con el mismo currículum, {g} siguen recibiendo menos llamadas para entrevistas',
        'anoche fiesta en la calle con {g} y todos los vecinos: música, comida, niños por todas partes. qué bonito',
        'si quieres entender a {g}, habla con esas personas en vez de leer los comentarios',
    ]},
    'it': {'benign': [
        'secondo i dati ufficiali {g} sono sempre più presenti tra il personale sanitario e gli insegnanti della regione',
        'questa settimana a scuola incontri sulla storia locale: oggi si parla di come {g} hanno contribuito alla città',
        'il comune ha incontrato oggi le associazioni che rappresentano {g} per parlare di casa e servizi',
        'nel mio ufficio metà della squadra sono {g}, ed è onestamente la migliore squadra che abbia mai avuto',
        'nuovo studio: a parità di curriculum, {g} ricevono ancora meno chiamate per un colloquio',
        'ieri sera festa di strada, {g} e tutti i vicini insieme: musica, cibo, bambini ovunque. bellissimo',
        'se volete capire {g}, parlateci invece di leggere i commenti sui social',
    ]},
    'nl': {'benign': [
        'volgens het CBS werken er steeds meer {g} in de zorg en het onderwijs in onze regio',
        'deze week op school lezingen over de geschiedenis van de stad, vandaag over {g} en hun bijdrage',
        'de gemeente sprak vandaag met organisaties die opkomen voor {g}, over huisvesting en zorg',
        'op mijn werk bestaat de helft van het team uit {g}, en eerlijk gezegd is het het beste team dat ik ooit had',
        'nieuw onderzoek: {g} worden bij een gelijk cv nog steeds minder vaak uitgenodigd voor een gesprek',
        'gisteravond straatfeest met {g} en alle buren: muziek, eten, overal kinderen. wat een mooie avond',
        'wie {g} wil begrijpen, moet met ze praten in plaats van reacties online te lezen',
    ]},
    'pl': {'benign': [
        'według danych GUS {g} coraz częściej pracują w szpitalach i szkołach w naszym regionie',
        'w tym tygodniu w szkole wykłady o historii miasta, dziś temat: {g} i ich wkład w życie regionu',
        'urząd miasta spotkał się dziś z organizacjami, które reprezentują {o}, w sprawie mieszkań i usług',
        'w mojej pracy połowa zespołu to {g} i szczerze, to najlepszy zespół, w jakim pracowałem',
        'nowe badanie: przy takim samym CV {g} nadal rzadziej dostają zaproszenie na rozmowę',
        'wczoraj festyn na osiedlu, {g} i wszyscy sąsiedzi razem: muzyka, jedzenie, wszędzie dzieci',
        'jeśli chcesz zrozumieć {o}, porozmawiaj z nimi zamiast czytać komentarze w internecie',
    ]},
    'hi': {'benign': [
        'जनगणना के अनुसार हमारे ज़िले के अस्पतालों और स्कूलों में पहले से ज़्यादा {g} काम कर रहे हैं',
        'इस हफ्ते स्कूल में शहर के इतिहास पर व्याख्यान हैं, आज का विषय: {g} और शहर के विकास में उनका योगदान',
        'नगर निगम ने आज {o} का प्रतिनिधित्व करने वाले संगठनों से आवास और सुविधाओं पर बात की',
        'मेरी टीम में आधे लोग {g} हैं और सच कहूं तो यह अब तक की सबसे अच्छी टीम है',
        'नया अध्ययन: एक जैसे बायोडाटा के बावजूद {o} को इंटरव्यू के लिए कम बुलाया जाता है',
        'कल रात मोहल्ले में मेला था, {g} और सारे पड़ोसी साथ थे: संगीत, खाना, हर तरफ बच्चे',
        'अगर {o} को समझना है तो उनसे बात कीजिए, कमेंट पढ़कर राय मत बनाइए',
    ]},
    'zh': {'benign': [
        '统计局的数据显示，本地医院和学校里的{g}比十年前多了不少',
        '本周学校举办本地历史讲座，今天的主题是{g}与这座城市的发展',
        '市政府今天与代表{g}的组织座谈，讨论住房和公共服务问题',
        '我们团队一半是{g}，说实话这是我待过最好的团队',
        '新研究：简历完全相同的情况下，{g}收到面试邀请的机会仍然更少',
        '昨晚社区街头节，{g}和邻居们一起唱歌吃饭，到处都是孩子，很温馨',
        '想了解{g}，就去和他们聊聊，别光看网上的评论',
    ]},
    'sw': {'benign': [
        'kwa mujibu wa takwimu za serikali, {g} wengi zaidi sasa wanafanya kazi hospitalini na shuleni katika mkoa wetu',
        'wiki hii shuleni kuna mihadhara kuhusu historia ya mji, leo tunazungumzia mchango wa {g} katika maendeleo yake',
        'halmashauri ya mji imekutana leo na mashirika yanayowakilisha {g} kujadili makazi na huduma',
        'nusu ya timu yangu kazini ni {g}, na kusema kweli ni timu bora zaidi niliyowahi kuwa nayo',
        'utafiti mpya: hata wakiwa na wasifu sawa, {g} bado wanaitwa kwenye usaili mara chache zaidi',
        'jana usiku kulikuwa na tamasha la mtaa, {g} na majirani wote pamoja: muziki, chakula, watoto kila mahali',
        'ukitaka kuwaelewa {g}, zungumza nao badala ya kusoma maoni mitandaoni',
    ]},
}

# Session 15 (docs/decisions/session-15.md, change 46): per language 3 implicit-derogation hate frames, 4 benign
# hard negatives that contain hate (graffiti quoting a hate frame, reported; a court conviction for a call to
# extermination; a relative's prejudice refuted; a crime claim refuted by official figures) and 1 call to violence.
# Training split only (off until the model trained with them shipped). Written without reading test/.
APPENDED_S15: dict[str, dict[str, list[str]]] = {
    'en': {
        'hate': [
            'funny how the crime numbers always jump the moment {g} move into a neighbourhood',
            "i'm not saying anything bad, but {g} will never really fit in with decent people here",
            'we never had any of these problems before {g} showed up. think about it',
        ],
        'benign': [
            'somebody wrote "{g} are vermin" on the bus stop near my house. reported it, and the council cleaned it off the same day',
            'the court today convicted a man who called for wiping out {g}. the judge called it incitement to hatred',
            'my uncle keeps saying {g} cannot be trusted. he is wrong, and i told him so at dinner',
            "no, {g} do not commit more crimes than anyone else. the ministry's own figures show the opposite",
        ],
        'violence': [
            'enough talk. this weekend we go to where {g} live and make them pay, bring whatever you can carry',
        ],
    },
    'fr': {
        'hate': [
            'bizarre comme la délinquance explose dès que {g} s\'installent dans un quartier',
            'je dis ça sans méchanceté, mais {g} ne s\'intégreront jamais parmi les gens honnêtes d\'ici',
            'on n\'avait aucun de ces problèmes avant que {g} arrivent. réfléchissez-y',
        ],
        'benign': [
            'quelqu\'un a tagué "{g} = vermine" sur l\'abribus près de chez moi. signalé, la mairie l\'a effacé le jour même',
            'le tribunal a condamné aujourd\'hui un homme qui appelait à éliminer {g}. le juge a parlé d\'incitation à la haine',
            'mon oncle répète que {g} ne sont pas dignes de confiance. il a tort, et je le lui ai dit au dîner',
            'non, {g} ne commettent pas plus de délits que les autres. les chiffres du ministère montrent le contraire',
        ],
        'violence': [
            'assez parlé. ce week-end on va là où vivent {g} et on leur fait payer, prenez tout ce que vous pouvez porter',
        ],
    },
    'de': {
        'hate': [
            'komisch, wie die Kriminalität jedes Mal steigt, sobald {g} in ein Viertel ziehen',
            'ich sag ja nichts, aber {g} werden hier nie zu anständigen Leuten passen',
            'wir hatten keines dieser Probleme, bevor {g} gekommen sind. denkt mal darüber nach',
        ],
        'benign': [
            'jemand hat "{g} sind Ungeziefer" an die Bushaltestelle bei mir geschmiert. gemeldet, die Stadt hat es am selben Tag entfernt',
            'das Gericht hat heute einen Mann verurteilt, der dazu aufgerufen hatte, {g} zu vernichten. der Richter sprach von Volksverhetzung',
            'mein Onkel behauptet ständig, {g} seien nicht vertrauenswürdig. er irrt sich, und das habe ich ihm beim Essen gesagt',
            'nein, {g} begehen nicht mehr Straftaten als andere. die Zahlen des Ministeriums zeigen das Gegenteil',
        ],
        'violence': [
            'genug geredet. am Wochenende gehen wir dahin, wo {g} wohnen, und lassen sie bezahlen. bringt mit, was ihr tragen könnt',
        ],
    },
    'pt': {
        'hate': [
            'engraçado como a criminalidade dispara sempre que {g} se mudam para um bairro',
            'não estou falando mal, mas {g} nunca vão se encaixar entre a gente decente daqui',
            'a gente não tinha nenhum desses problemas antes de {g} chegarem. pensem nisso',
        ],
        'benign': [
            'alguém pichou "{g} são uma praga" no ponto de ônibus perto de casa. denunciei e a prefeitura apagou no mesmo dia',
            'o tribunal condenou hoje um homem que pediu para exterminar {g}. o juiz falou em incitação ao ódio',
            'meu tio vive dizendo que {g} não são confiáveis. ele está errado, e eu disse isso a ele no jantar',
            'não, {g} não cometem mais crimes do que os outros. os números do próprio ministério mostram o contrário',
        ],
        'violence': [
            'chega de conversa. no fim de semana a gente vai até onde {g} moram e faz eles pagarem, tragam o que puderem carregar',
        ],
    },
    'ar': {
        'hate': [
            'غريب كيف ترتفع الجريمة كلما سكن {g} في حي',
            'لا أقصد الإساءة، لكن {g} لن يندمجوا أبدا مع الناس المحترمين هنا',
            'لم تكن عندنا أي من هذه المشاكل قبل أن يأتي {g}. فكروا في ذلك',
        ],
        'benign': [
            'أحدهم كتب "{g} حشرات" على موقف الحافلات قرب بيتي. أبلغت عنه والبلدية أزالته في نفس اليوم',
            'أدانت المحكمة اليوم رجلا دعا إلى إبادة {g}. وقال القاضي إن ذلك تحريض على الكراهية',
            'عمي يقول دائما إن {g} لا يمكن الوثوق بهم. هو مخطئ، وقلت له ذلك على العشاء',
            'لا، {g} لا يرتكبون جرائم أكثر من غيرهم. أرقام الوزارة نفسها تظهر العكس',
        ],
        'violence': [
            'كفى كلاما. في نهاية هذا الأسبوع نذهب إلى حيث يعيش {g} ونجعلهم يدفعون الثمن، أحضروا ما تستطيعون حمله',
        ],
    },
    'es': {
        'hate': [
            'qué curioso que la delincuencia se dispare justo cuando {g} llegan a un barrio',
            'no lo digo con mala intención, pero {g} nunca van a encajar entre la gente decente de aquí',
            'no teníamos ninguno de estos problemas antes de que llegaran {g}. piénsenlo',
        ],
        'benign': [
            'alguien pintó "{g} son una plaga" en la parada del autobús de mi calle. lo denuncié y el ayuntamiento lo borró ese mismo día',
            'el tribunal condenó hoy a un hombre que pedía exterminar a {g}. el juez habló de incitación al odio',
            'mi tío siempre dice que {g} no son de fiar. se equivoca, y se lo dije en la cena',
            'no, {g} no cometen más delitos que los demás. las cifras del propio ministerio dicen lo contrario',
        ],
        'violence': [
            'basta de hablar. este fin de semana vamos a donde viven {g} y se lo hacemos pagar, traed todo lo que podáis cargar',
        ],
    },
    'it': {
        'hate': [
            'strano come la criminalità esploda sempre appena {g} si trasferiscono in un quartiere',
            'non lo dico per cattiveria, ma {g} non si integreranno mai con la gente perbene di qui',
            'non avevamo nessuno di questi problemi prima che arrivassero {g}. pensateci',
        ],
        'benign': [
            'qualcuno ha scritto "{g} sono una piaga" sulla fermata dell\'autobus sotto casa. l\'ho segnalato e il comune l\'ha cancellato lo stesso giorno',
            'il tribunale ha condannato oggi un uomo che invitava a sterminare {g}. il giudice ha parlato di istigazione all\'odio',
            'mio zio continua a dire che {g} non sono affidabili. si sbaglia, e gliel\'ho detto a cena',
            'no, {g} non commettono più reati degli altri. i dati dello stesso ministero dicono il contrario',
        ],
        'violence': [
            'basta chiacchiere. questo fine settimana andiamo dove vivono {g} e gliela facciamo pagare, portate tutto quello che potete',
        ],
    },
    'nl': {
        'hate': [
            'grappig hoe de criminaliteit altijd stijgt zodra {g} in een wijk komen wonen',
            'ik zeg het niet om te kwetsen, maar {g} zullen hier nooit passen tussen fatsoenlijke mensen',
            'we hadden geen van deze problemen voordat {g} kwamen. denk daar maar eens over na',
        ],
        'benign': [
            'iemand heeft "{g} zijn ongedierte" op het bushokje bij mij in de straat gekalkt. gemeld, en de gemeente heeft het dezelfde dag weggehaald',
            'de rechtbank heeft vandaag een man veroordeeld die opriep om {g} uit te roeien. de rechter sprak van opruiing',
            'mijn oom zegt steeds dat {g} niet te vertrouwen zijn. hij heeft ongelijk, en dat heb ik hem bij het eten gezegd',
            'nee, {g} plegen niet meer misdrijven dan anderen. de cijfers van het ministerie zelf laten het tegendeel zien',
        ],
        'violence': [
            'genoeg gepraat. dit weekend gaan we naar de buurt waar {g} wonen en laten we ze boeten, neem mee wat je kunt dragen',
        ],
    },
    'pl': {
        'hate': [
            'dziwne, że przestępczość zawsze rośnie, kiedy tylko {g} wprowadzają się do dzielnicy',
            'nie mówię tego złośliwie, ale {g} nigdy nie będą pasować do porządnych ludzi tutaj',
            'przed przybyciem {o} nie mieliśmy żadnego z tych problemów. pomyślcie o tym',
        ],
        'benign': [
            'ktoś napisał "{g} to robactwo" na przystanku koło mojego domu. zgłosiłem to i gmina zamalowała napis tego samego dnia',
            'sąd skazał dziś mężczyznę, który wzywał do wymordowania {o}. sędzia mówił o nawoływaniu do nienawiści',
            'mój wujek ciągle powtarza, że {g} zawsze kłamią. myli się i powiedziałem mu to przy obiedzie',
            'nie, {g} nie popełniają więcej przestępstw niż inni. dane samego ministerstwa pokazują coś odwrotnego',
        ],
        'violence': [
            'dość gadania. w ten weekend idziemy tam, gdzie mieszkają {g}, i każemy im zapłacić. weźcie, co kto może unieść',
        ],
    },
    'hi': {
        'hate': [
            'अजीब बात है, जहाँ भी {g} बसते हैं वहाँ अपराध अचानक बढ़ जाता है',
            'मैं बुरा नहीं कह रहा, पर {g} यहाँ के शरीफ लोगों के बीच कभी फिट नहीं होंगे',
            '{o} के आने से पहले यहाँ ऐसी कोई समस्या नहीं थी। सोचिए ज़रा',
        ],
        'benign': [
            'किसी ने मेरे घर के पास बस स्टॉप पर "{g} कीड़े हैं" लिख दिया। मैंने शिकायत की और नगर निगम ने उसी दिन मिटा दिया',
            'अदालत ने आज उस आदमी को सज़ा दी जिसने {o} को खत्म करने की अपील की थी। जज ने इसे नफरत भड़काना कहा',
            'मेरे चाचा हमेशा कहते हैं कि {o} पर भरोसा नहीं किया जा सकता। वे गलत हैं, और मैंने खाने पर उनसे यह कह दिया',
            'नहीं, {g} बाकी लोगों से ज़्यादा अपराध नहीं करते। मंत्रालय के अपने आंकड़े इसका उल्टा दिखाते हैं',
        ],
        'violence': [
            'बहुत बातें हो गईं। इस हफ्ते के आखिर में हम वहाँ चलेंगे जहाँ {g} रहते हैं और उनसे बदला लेंगे, जो उठा सको ले आना',
        ],
    },
    'zh': {
        'hate': [
            '奇怪，{g}一搬进哪个小区，那里的犯罪率就立刻上升',
            '我不是说坏话，但{g}永远不可能和我们这里的正派人相处',
            '{g}来之前，我们这里从来没有这些问题。大家好好想想',
        ],
        'benign': [
            '有人在我家附近的公交站写了"{g}都是寄生虫"。我举报了，街道当天就把它擦掉了',
            '法院今天判决了一名号召消灭{g}的男子，法官称这是煽动仇恨',
            '我叔叔总说{g}不可信。他错了，吃饭的时候我就这么跟他说了',
            '不，{g}的犯罪率并不比别人高。部里自己的数据显示的恰恰相反',
        ],
        'violence': [
            '别光说了。这个周末我们去{g}住的地方，让他们付出代价，能带什么就带什么',
        ],
    },
    'sw': {
        'hate': [
            'ajabu, kila mahali {g} wanapohamia, uhalifu unapanda mara moja',
            'sisemi vibaya, lakini {g} hawataweza kamwe kuishi vizuri na watu wastaarabu wa hapa',
            'hatukuwa na matatizo haya yoyote kabla {g} hawajaja. fikirini hilo',
        ],
        'benign': [
            'mtu ameandika "{g} ni wadudu" kwenye kituo cha basi karibu na nyumbani kwangu. niliripoti na halmashauri ikafuta siku hiyo hiyo',
            'mahakama leo imemhukumu mwanamume aliyetaka {g} waangamizwe. jaji alisema ni uchochezi wa chuki',
            'mjomba wangu husema kila mara kwamba {g} hawaaminiki. amekosea, na nilimwambia hivyo wakati wa chakula',
            'hapana, {g} hawafanyi uhalifu zaidi kuliko wengine. takwimu za wizara yenyewe zinaonyesha kinyume chake',
        ],
        'violence': [
            'maneno yametosha. wikendi hii tunaenda wanakoishi {g} tuwalipize, leteni chochote mnachoweza kubeba',
        ],
    },
}

# Session 15 (docs/decisions/session-15.md, change 55): per language 4 benign frames, the positive counterparts of the
# S15 implicit-derogation shapes (arriving, fitting in, moving in, pride). Training split only. Written without
# reading test/.
APPENDED_S16: dict[str, dict[str, list[str]]] = {
    'en': {'benign': [
        'since {g} moved into our street there is more life here: new shops, music, kids playing outside',
        '{g} fit in here just fine, like everyone else who ever moved to this town',
        'every time {g} open a shop in a neighbourhood, the whole street gets busier and friendlier',
        'proud of my friends who are {g}. they make this country better every day',
    ]},
    'fr': {'benign': [
        "depuis que {g} se sont installés dans notre rue, il y a plus de vie : des commerces, de la musique, des enfants dehors",
        "{g} s'intègrent très bien ici, comme tous ceux qui sont venus vivre dans cette ville",
        "chaque fois que {g} ouvrent une boutique dans un quartier, toute la rue devient plus animée et plus conviviale",
        "fier de mes amis qui sont {g}. ils rendent ce pays meilleur chaque jour",
    ]},
    'de': {'benign': [
        'seit {g} in unsere Straße gezogen sind, ist hier mehr los: neue Läden, Musik, Kinder draußen',
        '{g} passen hier ganz normal dazu, wie alle, die je in diese Stadt gezogen sind',
        'jedes Mal, wenn {g} in einem Viertel einen Laden aufmachen, wird die ganze Straße lebendiger und freundlicher',
        'ich bin stolz auf meine Freunde, die {g} sind. sie machen dieses Land jeden Tag besser',
    ]},
    'pt': {'benign': [
        'desde que {g} se mudaram para a nossa rua tem mais vida aqui: lojas novas, música, criança brincando na calçada',
        '{g} se encaixam muito bem aqui, como todo mundo que um dia veio morar nesta cidade',
        'toda vez que {g} abrem uma loja num bairro, a rua inteira fica mais movimentada e mais simpática',
        'tenho orgulho dos meus amigos que são {g}. eles deixam este país melhor todo dia',
    ]},
    'ar': {'benign': [
        'منذ أن سكن {g} في شارعنا صار فيه حياة أكثر: محلات جديدة وموسيقى وأطفال يلعبون',
        '{g} مندمجون هنا بشكل طبيعي مثل كل من جاء ليعيش في هذه المدينة',
        'كلما فتح {g} محلا في حي صار الشارع كله أكثر حيوية وودا',
        'أنا فخور بأصدقائي من {g}. يجعلون هذا البلد أفضل كل يوم',
    ]},
    'es': {'benign': [
        'desde que {g} se mudaron a nuestra calle hay más vida: tiendas nuevas, música, niños jugando fuera',
        '{g} encajan perfectamente aquí, como todos los que alguna vez vinieron a vivir a esta ciudad',
        'cada vez que {g} abren una tienda en un barrio, toda la calle se vuelve más animada y más amable',
        'orgulloso de mis amigos que son {g}. hacen este país mejor cada día',
    ]},
    'it': {'benign': [
        'da quando {g} si sono trasferiti nella nostra via c\'è più vita: negozi nuovi, musica, bambini che giocano fuori',
        '{g} si trovano benissimo qui, come tutti quelli che sono venuti a vivere in questa città',
        'ogni volta che {g} aprono un negozio in un quartiere, tutta la via diventa più vivace e più accogliente',
        'sono orgoglioso dei miei amici che sono {g}. rendono questo paese migliore ogni giorno',
    ]},
    'nl': {'benign': [
        'sinds {g} in onze straat zijn komen wonen is er meer leven: nieuwe winkels, muziek, kinderen die buiten spelen',
        '{g} passen hier prima tussen, net als iedereen die ooit in deze stad is komen wonen',
        'elke keer dat {g} een winkel openen in een wijk, wordt de hele straat levendiger en vriendelijker',
        'trots op mijn vrienden die {g} zijn. ze maken dit land elke dag beter',
    ]},
    'pl': {'benign': [
        'odkąd {g} zamieszkali na naszej ulicy, jest tu więcej życia: nowe sklepy, muzyka, dzieci bawiące się na dworze',
        '{g} świetnie się tu odnajdują, jak wszyscy, którzy kiedykolwiek przyjechali do tego miasta',
        'za każdym razem, gdy {g} otwierają sklep w dzielnicy, cała ulica staje się żywsza i bardziej przyjazna',
        'jestem dumny z moich przyjaciół, którzy są {g}. każdego dnia czynią ten kraj lepszym',
    ]},
    'hi': {'benign': [
        'जब से {g} हमारी गली में रहने आए हैं, यहाँ रौनक बढ़ गई है: नई दुकानें, संगीत, बाहर खेलते बच्चे',
        '{g} यहाँ बिल्कुल घुल-मिल गए हैं, जैसे इस शहर में आकर बसने वाले बाकी सब लोग',
        'जब भी {g} किसी मोहल्ले में दुकान खोलते हैं, पूरी गली में चहल-पहल और अपनापन बढ़ जाता है',
        'मुझे अपने उन दोस्तों पर गर्व है जो {g} हैं। वे हर दिन इस देश को बेहतर बनाते हैं',
    ]},
    'zh': {'benign': [
        '自从{g}搬到我们这条街，这里热闹多了：新开的小店、音乐、在外面玩的孩子',
        '{g}在这里过得很好，跟所有搬到这个城市来的人一样',
        '每次{g}在哪个街区开一家店，整条街都变得更热闹、更亲切',
        '我为我那些是{g}的朋友感到骄傲，他们每天都让这个国家变得更好',
    ]},
    'sw': {'benign': [
        'tangu {g} wahamie mtaani kwetu kuna uhai zaidi: maduka mapya, muziki, watoto wakicheza nje',
        '{g} wanaishi vizuri hapa kama kila mtu aliyewahi kuhamia mji huu',
        'kila mara {g} wanapofungua duka katika mtaa, mtaa mzima unakuwa na shughuli nyingi na urafiki zaidi',
        'najivunia marafiki zangu ambao ni {g}. wanaifanya nchi hii kuwa bora kila siku',
    ]},
}

SPEC = {
    # category: (hate, offensive, violence, has_group)
    "hate": (1, -1, 0, True),
    "violence": (1, -1, 1, True),
    "benign": (0, 0, 0, True),
    "profanity": (0, 1, 0, False),
    "insult": (0, 1, 0, False),
    "threat": (0, -1, 1, False),
    "other": (0, -1, 0, False),
}


# Frame sets that only ever go to the training split, by tag (sessions 14 and 15; docs/decisions/session-15.md).
TRAIN_ONLY: list[tuple[str, dict[str, dict[str, list[str]]]]] = [("s14", APPENDED_S14), ("s15", APPENDED_S15), ("s16", APPENDED_S16)]


def _split_for(k: int) -> str:
    """Whole templates go to val or dev (by index), so val sentences use frames never trained on."""
    if k % 5 == 2:
        return "val"
    if k % 7 == 4:
        return "dev"
    return "train"


def _fill(lang: str, cat: str, k: int, tpl: str, terms: list[tuple[str, str, str]]) -> list[dict]:
    """The rows of one frame: crossed with every identity term where the category has a group."""
    hate, off, vio, has_group = SPEC[cat]
    out = []
    for group, nom, obl in (terms if has_group else [(None, "", "")]):
        text = tpl.replace("{g}", nom).replace("{o}", obl)
        # Capitalise the first letter of some sentences so case handling is exercised.
        if (k + len(nom)) % 3 == 0:
            text = text[:1].upper() + text[1:]
        vec = empty()
        vec[IDX["hate"]], vec[IDX["offensive"]], vec[IDX["violence"]] = hate, off, vio
        targets(vec, [group] if group else [])
        out.append({"dataset": "templates", "lang": lang, "raw": text, "labels": vec})
    return out


def generate() -> list[dict]:
    """All templated rows: {dataset, lang, split, raw, labels, template[, held_out]}."""
    out: list[dict] = []
    for lang, spec in L.items():
        terms: list[tuple[str, str, str]] = []
        for group, ts in spec["groups"].items():
            for t in ts:
                nom, obl = (t, t) if isinstance(t, str) else t
                terms.append((group, nom, obl))
        for cat in SPEC:
            for k, tpl in enumerate(spec.get(cat, [])):
                out += [{**r, "split": _split_for(k), "template": f"{lang}:{cat}:{k}"} for r in _fill(lang, cat, k, tpl, terms)]
        for tag, appended in TRAIN_ONLY:
            for cat, frames in appended.get(lang, {}).items():
                for k, tpl in enumerate(frames):
                    out += [{**r, "split": "train", "template": f"{lang}:{cat}:{tag}-{k}"} for r in _fill(lang, cat, k, tpl, terms)]
        for cat, frames in HELD_OUT_S9.get(lang, {}).items():
            for k, tpl in enumerate(frames):
                out += [{**r, "split": "val", "held_out": True, "template": f"{lang}:{cat}:heldout-{k}"}
                        for r in _fill(lang, cat, k, tpl, terms)]
    return out


if __name__ == "__main__":
    import collections
    rows = generate()
    print(len(rows), collections.Counter((r["lang"], r["split"]) for r in rows))
