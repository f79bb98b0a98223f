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
             "{g} are too stupid to be allowed to vote"],
    "violence": ["kill all {g}", "we should shoot {g} on sight", "let's burn down the homes of {g} tonight",
                 "{g} deserve to be hanged", "grab your weapons and drive the {g} out of town",
                 "i will stab the next one of those {g} i see", "someone should bomb the places where {g} meet"],
    "benign": ["{g} live in every city of this country", "my neighbours are {g} and they are lovely",
               "{g} deserve the same rights as everyone", "i am proud to stand with {g}",
               "saying that {g} are vermin is hateful and wrong",
               "he wrote that {g} should be killed, and he was rightly banned",
               "the report documents a rise in attacks against {g}",
               "police are investigating threats made against {g}",
               "{g} are not criminals, stop spreading lies", "i would never hurt {g}, that idea is sick",
               "a new documentary tells the history of {g}", "many {g} volunteered at the food bank this weekend",
               "don't call {g} parasites, it is dehumanising"],
    "profanity": ["fuck, i missed the bus again", "this shit weather ruins everything",
                  "holy shit that concert was amazing", "damn, this fucking printer is broken again",
                  "what the hell is this bullshit traffic"],
    "insult": ["you are a complete idiot", "shut up, you stupid clown", "my boss is an arrogant jerk"],
    "threat": ["i will break your legs if you touch my car again", "say that again and i will punch you in the face",
               "i'm going to kill you, you lying thief"],
    "other": ["i hate mondays", "this new phone is garbage", "the tax reform is a disaster",
              "this referee is a disgrace to football", "kill the lights when you leave",
              "that comedian killed it last night", "we destroyed them in the match yesterday"],
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
             "le monde serait meilleur sans {g}", "{g} sont tous des criminels"],
    "violence": ["il faut tuer {g}", "brûlons les maisons où vivent {g} ce soir", "{g} méritent d'être pendus",
                 "prenez vos armes et chassez {g} de la ville", "on devrait abattre {g} à vue",
                 "je vais poignarder le prochain que je croise parmi {g}"],
    "benign": ["{g} vivent dans toutes les villes du pays", "mes voisins sont {g} et ils sont adorables",
               "{g} ont les mêmes droits que tout le monde", "je suis fier de soutenir {g}",
               "dire que {g} sont de la vermine est haineux et faux",
               "il a écrit qu'il fallait tuer {g}, et il a été condamné",
               "le rapport recense une hausse des agressions contre {g}",
               "la police enquête sur des menaces visant {g}", "{g} ne sont pas des criminels, arrêtez de mentir",
               "je ne ferais jamais de mal à {g}", "un documentaire raconte l'histoire et la culture dans la vie quotidienne: {g} en parlent"],
    "profanity": ["putain, j'ai encore raté le bus", "ce temps de merde gâche tout", "bordel, cette imprimante est encore en panne"],
    "insult": ["t'es vraiment un abruti", "ferme-la, espèce de clown", "mon chef est un connard arrogant"],
    "threat": ["si tu touches encore à ma voiture je te casse les jambes", "répète ça et je t'éclate la gueule"],
    "other": ["je déteste les lundis", "ce téléphone est une daube", "cette réforme fiscale est un désastre",
              "l'arbitre est une honte pour le football", "il a tué le game hier soir avec son sketch"],
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
             "die Welt wäre besser ohne {g}", "{g} sind alle Verbrecher"],
    "violence": ["man sollte {g} alle umbringen", "heute Nacht zünden wir die Häuser an, in denen {g} wohnen",
                 "{g} gehören aufgehängt", "holt eure Waffen und jagt {g} aus der Stadt",
                 "{g} sollte man an der Grenze erschießen", "ich werde den nächsten von denen abstechen, {g} sind dran"],
    "benign": ["{g} leben in jeder Stadt dieses Landes", "meine Nachbarn sind {g} und sie sind sehr nett",
               "{g} haben die gleichen Rechte wie alle", "ich stehe solidarisch an der Seite, wenn {g} angegriffen werden",
               "zu sagen, {g} seien Ungeziefer, ist menschenverachtend und falsch",
               "er schrieb, man solle {g} töten, und wurde zu Recht verurteilt",
               "der Bericht dokumentiert mehr Angriffe gegen {g}",
               "die Polizei ermittelt wegen Drohungen gegen {g}", "{g} sind keine Verbrecher, hört auf zu lügen",
               "ich würde {g} niemals etwas antun", "eine neue Dokumentation erzählt, wie {g} hier leben"],
    "profanity": ["scheiße, ich habe schon wieder den Bus verpasst", "dieses verdammte Scheißwetter", "verfickt nochmal, der Drucker ist schon wieder kaputt"],
    "insult": ["du bist so ein Vollidiot", "halt die Klappe, du Clown", "mein Chef ist ein arrogantes Arschloch"],
    "threat": ["wenn du mein Auto noch einmal anfasst, breche ich dir die Beine", "sag das noch mal und ich schlag dir ins Gesicht"],
    "other": ["ich hasse Montage", "dieses Handy ist Schrott", "die Steuerreform ist eine Katastrophe",
              "der Schiedsrichter ist eine Schande für den Fußball", "wir haben sie gestern im Spiel zerstört"],
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
             "{g} são todos criminosos"],
    "violence": ["tem que matar {g}", "vamos queimar as casas onde moram {g} hoje à noite", "{g} merecem ser enforcados",
                 "peguem as armas e expulsem {g} da cidade", "{g} deviam levar bala", "vou esfaquear o próximo que eu ver, {g} vão pagar"],
    "benign": ["{g} vivem em todas as cidades do país", "meus vizinhos são {g} e são ótimas pessoas",
               "{g} têm os mesmos direitos que todos", "tenho orgulho de apoiar {g}",
               "dizer que {g} são uma praga é odioso e falso",
               "ele escreveu que era preciso matar {g} e foi condenado",
               "o relatório mostra um aumento dos ataques contra {g}",
               "a polícia investiga ameaças contra {g}", "{g} não são criminosos, parem de mentir",
               "eu nunca faria mal a {g}", "um documentário conta como vivem {g} no brasil"],
    "profanity": ["porra, perdi o ônibus de novo", "esse tempo de merda estraga tudo", "caralho, a impressora quebrou de novo"],
    "insult": ["você é um idiota completo", "cala a boca, seu palhaço", "meu chefe é um babaca arrogante"],
    "threat": ["se tocar no meu carro de novo eu quebro suas pernas", "repete isso e eu te encho de porrada"],
    "other": ["odeio segunda-feira", "esse celular é um lixo", "essa reforma tributária é um desastre",
              "o juiz é uma vergonha para o futebol", "a gente destruiu eles no jogo ontem"],
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
             "{g} قذارة لا قيمة لهم", "العالم أفضل بدون {g}", "{g} كلهم مجرمون", "{g} طفيليات"],
    "violence": ["يجب قتل {g}", "لنحرق بيوت {g} الليلة", "{g} يستحقون الشنق", "احملوا السلاح واطردوا {g} من المدينة",
                 "اذبحوا {g}", "سأطعن أول واحد من {g} أراه"],
    "benign": ["{g} يعيشون في كل مدن البلد", "جيراني من {g} وهم لطفاء جدا", "{g} لهم نفس الحقوق مثل الجميع",
               "أنا فخور بالوقوف مع {g}", "القول بأن {g} حشرات كلام كراهية وخطأ",
               "كتب أنه يجب قتل {g} وتمت معاقبته", "التقرير يوثق زيادة الاعتداءات على {g}",
               "الشرطة تحقق في تهديدات ضد {g}", "{g} ليسوا مجرمين توقفوا عن الكذب", "لن أؤذي {g} أبدا",
               "فيلم وثائقي جديد عن حياة {g}"],
    "profanity": ["تبا فاتني الباص مرة أخرى", "هذا الطقس الزفت يخرب كل شيء", "اللعنة الطابعة خربانة مرة ثانية"],
    "insult": ["أنت غبي تماما", "اسكت يا مهرج", "مديري متكبر وحقير"],
    "threat": ["إذا لمست سيارتي مرة أخرى سأكسر رجليك", "كررها وسأضربك على وجهك"],
    "other": ["أكره يوم الاثنين", "هذا الهاتف زبالة", "الإصلاح الضريبي كارثة", "الحكم عار على كرة القدم",
              "سحقناهم في المباراة أمس"],
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
             "{g} son todos unos delincuentes"],
    "violence": ["hay que matar a {g}", "quememos esta noche las casas donde viven {g}", "{g} merecen ser ahorcados",
                 "coged las armas y echad a {g} de la ciudad", "a {g} habría que pegarles un tiro",
                 "voy a apuñalar al próximo que vea, {g} lo van a pagar"],
    "benign": ["{g} viven en todas las ciudades del país", "mis vecinos son {g} y son encantadores",
               "{g} tienen los mismos derechos que todos", "estoy orgulloso de apoyar a {g}",
               "decir que {g} son una plaga es odioso y falso",
               "escribió que había que matar a {g} y fue condenado",
               "el informe documenta un aumento de las agresiones contra {g}",
               "la policía investiga amenazas contra {g}", "{g} no son delincuentes, dejad de mentir",
               "nunca le haría daño a {g}", "un documental nuevo cuenta la historia de {g}"],
    "profanity": ["joder, he vuelto a perder el autobús", "este tiempo de mierda lo estropea todo", "coño, la impresora se ha roto otra vez"],
    "insult": ["eres un completo idiota", "cállate, payaso", "mi jefe es un gilipollas arrogante"],
    "threat": ["si vuelves a tocar mi coche te rompo las piernas", "repite eso y te parto la cara"],
    "other": ["odio los lunes", "este móvil es una basura", "la reforma fiscal es un desastre",
              "el árbitro es una vergüenza para el fútbol", "ayer los machacamos en el partido"],
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
             "il mondo sarebbe migliore senza {g}", "{g} sono tutti delinquenti"],
    "violence": ["bisogna ammazzare {g}", "stanotte bruciamo le case dove vivono {g}", "{g} meritano di essere impiccati",
                 "prendete le armi e cacciate {g} dalla città", "{g} andrebbero presi a fucilate",
                 "accoltellerò il prossimo che vedo, {g} la pagheranno"],
    "benign": ["{g} vivono in tutte le città del paese", "i miei vicini sono {g} e sono simpaticissimi",
               "{g} hanno gli stessi diritti di tutti", "sono orgoglioso di sostenere {g}",
               "dire che {g} sono una piaga è odioso e falso",
               "ha scritto che bisognava uccidere {g} ed è stato condannato",
               "il rapporto documenta un aumento delle aggressioni contro {g}",
               "la polizia indaga sulle minacce contro {g}", "{g} non sono delinquenti, smettetela di mentire",
               "non farei mai del male a {g}", "un nuovo documentario racconta come vivono {g} in italia"],
    "profanity": ["cazzo, ho perso di nuovo l'autobus", "questo tempo di merda rovina tutto", "porca miseria, la stampante è di nuovo rotta"],
    "insult": ["sei un perfetto idiota", "stai zitto, pagliaccio", "il mio capo è uno stronzo arrogante"],
    "threat": ["se tocchi ancora la mia macchina ti spezzo le gambe", "ripetilo e ti spacco la faccia"],
    "other": ["odio il lunedì", "questo telefono è una schifezza", "la riforma fiscale è un disastro",
              "l'arbitro è una vergogna per il calcio", "ieri li abbiamo distrutti in partita"],
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
             "{g} zijn allemaal criminelen"],
    "violence": ["we moeten alle {g} afmaken", "vannacht steken we de huizen van {g} in brand", "{g} moeten opgehangen worden",
                 "pak je wapens en jaag {g} de stad uit", "{g} moet je gewoon neerschieten",
                 "ik ga de volgende die ik zie neersteken, {g} zullen boeten"],
    "benign": ["{g} wonen in elke stad van dit land", "mijn buren zijn {g} en ze zijn heel aardig",
               "{g} hebben dezelfde rechten als iedereen", "ik ben trots dat ik {g} steun",
               "zeggen dat {g} ongedierte zijn is haatdragend en fout",
               "hij schreef dat {g} gedood moesten worden en werd veroordeeld",
               "het rapport beschrijft een toename van geweld tegen {g}",
               "de politie onderzoekt bedreigingen tegen {g}", "{g} zijn geen criminelen, stop met liegen",
               "ik zou {g} nooit iets aandoen", "een nieuwe documentaire vertelt het verhaal van {g}"],
    "profanity": ["kut, ik heb de bus weer gemist", "dit kutweer verpest alles", "godverdomme, de printer is weer kapot"],
    "insult": ["je bent een complete idioot", "hou je bek, clown", "mijn baas is een arrogante lul"],
    "threat": ["als je mijn auto nog eens aanraakt breek ik je benen", "zeg dat nog eens en ik sla je op je bek"],
    "other": ["ik haat maandagen", "deze telefoon is rommel", "de belastinghervorming is een ramp",
              "de scheidsrechter is een schande voor het voetbal", "we hebben ze gisteren ingemaakt"],
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
             "{g} to choroba tego kraju", "{g} to śmiecie, nic nie są warci", "{g} to sami przestępcy"],
    "violence": ["trzeba wymordować {o}", "dziś w nocy spalimy domy, w których mieszkają {g}", "{g} zasługują na stryczek",
                 "bierzcie broń i wypędźcie {o} z miasta", "{o} trzeba strzelać na widok"],
    "benign": ["{g} mieszkają w każdym mieście tego kraju", "moi sąsiedzi to {g} i są bardzo mili",
               "{g} mają takie same prawa jak wszyscy", "jestem dumny, że wspieram {o}",
               "mówienie, że {g} to robactwo, jest nienawistne i fałszywe",
               "napisał, że trzeba zabić {o}, i został skazany",
               "raport dokumentuje wzrost liczby ataków na {o}",
               "policja bada groźby wobec nich, bo {g} są zastraszani", "{g} to nie przestępcy, przestańcie kłamać",
               "nigdy nie skrzywdziłbym {o}"],
    "profanity": ["kurwa, znowu spóźniłem się na autobus", "ta zasrana pogoda wszystko psuje", "cholera jasna, drukarka znowu nie działa"],
    "insult": ["jesteś kompletnym idiotą", "zamknij się, błaźnie", "mój szef to arogancki dupek"],
    "threat": ["jak jeszcze raz dotkniesz mojego auta, połamię ci nogi", "powtórz to, a dam ci w mordę"],
    "other": ["nienawidzę poniedziałków", "ten telefon to szmelc", "reforma podatkowa to katastrofa",
              "sędzia to hańba dla futbolu", "wczoraj zmiażdżyliśmy ich w meczu"],
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
             "{g} सब के सब अपराधी हैं"],
    "violence": ["सारे {o} को मार डालो", "आज रात {o} के घर जला दो", "{o} को फांसी पर लटका देना चाहिए",
                 "हथियार उठाओ और {o} को शहर से भगाओ", "{o} को देखते ही गोली मार दो"],
    "benign": ["{g} इस देश के हर शहर में रहते हैं", "मेरे पड़ोसी {g} हैं और बहुत अच्छे लोग हैं",
               "{o} को भी सबके बराबर अधिकार हैं", "मुझे {o} का साथ देने पर गर्व है",
               "यह कहना कि {g} कीड़े हैं, नफरत भरा और गलत है",
               "उसने लिखा कि {o} को मार देना चाहिए, और उसे सजा मिली",
               "रिपोर्ट में {o} पर हमलों में बढ़ोतरी दर्ज है", "पुलिस {o} को मिली धमकियों की जांच कर रही है",
               "{g} अपराधी नहीं हैं, झूठ फैलाना बंद करो", "मैं {o} को कभी नुकसान नहीं पहुंचाऊंगा"],
    "profanity": ["धत्त तेरी, फिर से बस छूट गई", "ये बकवास मौसम सब खराब कर देता है", "साला प्रिंटर फिर से खराब हो गया"],
    "insult": ["तू पूरा बेवकूफ है", "चुप कर, जोकर", "मेरा बॉस घमंडी कमीना है"],
    "threat": ["मेरी गाड़ी को फिर छुआ तो तेरी टांगें तोड़ दूंगा", "फिर से बोल, तेरा मुंह तोड़ दूंगा"],
    "other": ["मुझे सोमवार से नफरत है", "ये फोन बेकार है", "नई कर नीति एक आपदा है", "अंपायर क्रिकेट के लिए शर्म है",
              "कल मैच में हमने उन्हें धो डाला"],
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
             "{g}都是垃圾，一文不值", "没有{g}世界会更好", "{g}都是罪犯"],
    "violence": ["把{g}全部杀光", "今晚去烧了{g}的房子", "{g}都应该被绞死", "拿起武器把{g}赶出城去", "见到{g}就开枪"],
    "benign": ["{g}生活在这个国家的每个城市", "我的邻居是{g}，他们人很好", "{g}和大家享有同样的权利",
               "我为支持{g}感到自豪", "说{g}是害虫是仇恨言论，也是错误的", "他写道应该杀掉{g}，因此被判刑",
               "报告记录了针对{g}的袭击有所增加", "警方正在调查针对{g}的威胁", "{g}不是罪犯，别再造谣了",
               "我永远不会伤害{g}", "一部新纪录片讲述了{g}的历史"],
    "profanity": ["他妈的，又错过公交车了", "这该死的天气毁了一切", "靠，打印机又坏了"],
    "insult": ["你真是个白痴", "闭嘴吧你这个小丑", "我老板是个傲慢的混蛋"],
    "threat": ["你再碰我的车我就打断你的腿", "再说一遍我就揍你"],
    "other": ["我讨厌星期一", "这个手机是垃圾", "新的税改简直是灾难", "这个裁判是足球的耻辱", "昨天比赛我们把他们打爆了"],
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
             "{g} wote ni wahalifu"],
    "violence": ["waueni {g} wote", "tuchome nyumba za {g} usiku huu", "{g} wanastahili kunyongwa",
                 "chukueni silaha mwafukuze {g} mjini", "{g} wapigwe risasi wakionekana"],
    "benign": ["{g} wanaishi katika kila mji wa nchi hii", "majirani zangu ni {g} na ni watu wazuri sana",
               "{g} wana haki sawa na wengine wote", "najivunia kusimama pamoja na {g}",
               "kusema kwamba {g} ni wadudu ni chuki na si kweli", "aliandika kwamba {g} wauawe na alihukumiwa",
               "ripoti inaonyesha ongezeko la mashambulizi dhidi ya {g}", "polisi wanachunguza vitisho dhidi ya {g}",
               "{g} si wahalifu, acheni uongo", "sitawadhuru {g} kamwe", "filamu mpya inasimulia historia ya {g}"],
    "profanity": ["shit, nimekosa basi tena", "hali hii ya hewa ya kijinga inaharibu kila kitu", "mavi, printa imeharibika tena"],
    "insult": ["wewe ni mjinga kabisa", "nyamaza wewe mpumbavu", "bosi wangu ni mjeuri na mpumbavu"],
    "threat": ["ukigusa gari langu tena nitakuvunja miguu", "rudia hilo nikupige ngumi usoni"],
    "other": ["nachukia jumatatu", "simu hii ni takataka", "mageuzi ya kodi ni janga", "mwamuzi ni aibu kwa soka",
              "jana tuliwachapa kwenye mechi"],
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


def _split_for(k: int) -> str:
    """Whole templates go to val or dev (by index), so val sentences use frames never trained on."""
    if k % 5 == 2:
        return "val"
    if k % 7 == 4:
        return "dev"
    return "train"


def generate() -> list[dict]:
    """All templated rows: {dataset, lang, split, raw, labels, template}."""
    out: list[dict] = []
    for lang, spec in L.items():
        terms: list[tuple[str, str, str]] = []
        for group, ts in spec["groups"].items():
            for t in ts:
                nom, obl = (t, t) if isinstance(t, str) else t
                terms.append((group, nom, obl))
        for cat, (hate, off, vio, has_group) in SPEC.items():
            for k, tpl in enumerate(spec.get(cat, [])):
                split = _split_for(k)
                fills = terms if has_group else [(None, "", "")]
                for group, nom, obl in fills:
                    text = tpl.replace("{g}", nom).replace("{o}", obl)
                    # Capitalise the first letter of some sentences so case handling is exercised.
                    if (k + len(nom)) % 3 == 0:
                        text = text[:1].upper() + text[1:]
                    vec = empty()
                    vec[IDX["hate"]], vec[IDX["offensive"]], vec[IDX["violence"]] = hate, off, vio
                    targets(vec, [group] if group else [])
                    out.append({"dataset": "templates", "lang": lang, "split": split, "raw": text,
                                "labels": vec, "template": f"{lang}:{cat}:{k}"})
    return out


if __name__ == "__main__":
    import collections
    rows = generate()
    print(len(rows), collections.Counter((r["lang"], r["split"]) for r in rows))
