# Compiled for Dateline from general knowledge of naming practice (no file, dataset or web
# page was copied): common given names of many languages, each with the gender it usually
# has. Accents are kept as usually written; the unaccented form is added where English-
# language news commonly drops them ("adrián" and "adrian"), and Korean and Taiwanese names
# appear with and without their hyphen ("seo-yeon", "seoyeon").
#
# Left out on purpose:
# - names commonly given to both sexes, in one culture or across cultures (jordan, taylor,
#   alex, sam, kim, sasha, robin, jamie, morgan; jean, andrea, nicola/nikola, luca, simone,
#   michele, karen, yuri, kari, mika: one sex in one language, the other in another), and
#   names that are the same once accents are dropped (danièle/daniele, michèle/michele);
# - names that are very common family names in the same culture (scott, lewis, nelson,
#   cruz, santos, hussein, khan, kumar, devi, the commonest Kenyan family names) and every
#   East Asian family name (lee, kim, park, wang, li, zhang, chen, nguyen, tran, le, pham);
#   for Chinese only two-syllable names clearly of one sex are listed (no jing, wei, ming),
#   for Vietnamese only single names clearly of one sex (no dung, minh, thanh, linh);
# - names that are common words written in lower case in news text (may, june, april,
#   summer, hope, joy, will, bill, mercy, patience, angel, marina, hang, yen, loan); faith,
#   grace and rose are kept;
# - places often in a dateline (georgia, florence, adelaide, regina, virginia, haifa);
#   victoria, sofia, charlotte and santiago are kept as common names;
# - titles and honorifics that look like names (sultan, emir, sheikh, nana, begum, mirza).
#
# Blocks, female then male, in this order (a name stands in the first block it fits):
#   English (UK/US/Australia/Canada/NZ); Irish, Scottish, Welsh; French; German, Austrian,
#   Swiss; Dutch, Flemish; Scandinavian (Swedish, Norwegian, Danish), Finnish, Icelandic;
#   Italian; Spanish, Catalan, Basque, Galician; Portuguese, Brazilian; Latin American
#   (Mexico, Central America, Caribbean, South America); Polish; Czech, Slovak; Romanian,
#   Moldovan; Hungarian; Ukrainian, Russian, Belarusian (Latin transliterations),
#   Caucasus, Central Asia; Serbian, Croatian, Bosnian, Montenegrin, Slovenian,
#   Macedonian, Albanian; Bulgarian; Greek, Cypriot; Turkish, Azerbaijani, Kurdish; Arabic
#   (Levant, Gulf, Iraq, Egypt, Sudan, Maghreb), Somali; Persian (Iran, Afghanistan,
#   Tajikistan); Hebrew, Israeli; Indian: Hindi and general North Indian; Indian: Tamil,
#   Telugu, Kannada, Malayalam; Indian: Bengali, Marathi, Gujarati, Punjabi, Odia, Nepali,
#   Sri Lankan; Pakistani (Urdu, Punjabi, Sindhi, Pashto, Baloch); Bangladeshi;
#   Indonesian, Malay (Malaysia, Brunei, Singapore); Filipino; Thai (romanised);
#   Vietnamese (clearly gendered given names only); Chinese (Pinyin; two-syllable given
#   names clearly gendered in practice), Taiwanese, HK; Japanese; Korean (romanised whole
#   given names, with and without the hyphen); East African (Swahili, Kenyan, Tanzanian,
#   Ugandan, Rwandan); Ethiopian, Eritrean; Nigerian (Yoruba, Igbo, Hausa-Fulani, others);
#   Ghanaian (Akan day names, Ewe, Ga), Francophone West Africa (Senegal, Mali, Ivory
#   Coast, Cameroon); Southern African (Zulu, Xhosa, Sotho, Tswana, Afrikaans, Zimbabwean,
#   Zambian, Malawian)
"""Common given names of many languages with a clear usual gender: a weak clue to the
gender of a person named in an article ("Oksana Melnyk"), used only when nothing in the
text (an honorific, a gendered noun, a pronoun) says otherwise. Data, not logic: lowercase,
accents kept, one name per whitespace-separated word, no name in both sets."""
from __future__ import annotations

FEMALE: frozenset[str] = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah lisa nancy betty margaret
sandra kimberly emily donna michelle amanda melissa deborah stephanie rebecca laura cynthia
kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
victoria lauren christina evelyn judith megan cheryl hannah jacqueline martha gloria teresa
ann anne sara frances kathryn janice abigail alice judy sophia sophie grace denise amber
doris marilyn danielle beverly beverley theresa diana natalie brittany charlotte marie kayla
lori hillary carly sheryl melania gillian jill joanne josephine julia kate katie kirsty lucy
lydia mandy maureen melanie molly penelope philippa rachael rosemary sally sheila stella
susannah suzanne tracey valerie vanessa wendy yvonne zoe zoë chloe chloé ella amelia ava
isla mia poppy freya ruby daisy lily holly phoebe imogen harriet eleanor beatrice matilda
georgina scarlett sienna jasmine millie lola layla erin bethany jade paige heidi hayley
stacey natasha kylie jacinta jacinda condoleezza brooke caitlin naomi miriam esther dorothy
agnes irene louise lorraine rita vera hazel kathy cathy debbie liz beth meg vicky vicki
becky jenny tina tammy carrie faith rose iris violet ivy allison alison madeleine tess eva
zara felicity constance gwen annabel camilla fiona tamara justine nadine bridget jane
jeanette joanna leila margot marianne monica nora norma pauline sabrina sonia sylvia tanya
ursula vivienne karla kristen kristin kirsten meghan michaela miranda anita audrey
bernadette carla carolina catriona claire clare colette corinne daphne delia elaine eliza
emilia estelle greta ingrid isabel isabella isabelle isobel petra rhiannon rosalie shona
winnie yasmin annie alexandra alicia amelie angelina antonia bonnie caroline cassandra
cecilia celeste celia claudia dolores edith elise ellen ellie elsa erica erika francesca
gabrielle gemma genevieve gina ida imelda jeanne katrina kristina leah liza lucia maggie
marlene martina nadia natalia nina paula renee sabina serena sylvie tiffany valentina
veronica

aoife niamh siobhan siobhán saoirse sinead sinéad orla orlaith ciara clodagh roisin róisín
caoimhe aisling ashling grainne gráinne eimear deirdre maeve méabh meabh mairead máiréad
nuala sorcha una úna oonagh fionnuala finola maire máire bríd brid brigid eileen colleen
aine áine emer treasa sadhbh caitriona caitríona blathnaid bláthnaid muireann cliona clíona
ailbhe aoibhinn aoibheann ailish eilis éilis eibhlin riona ríona sile síle sláine slaine
dervla fiadh mhairi morag kirstin eilidh ailsa rhona moira elspeth marjory senga kirsteen
iona ishbel mairi seonaid effie bethan carys cerys ffion gwyneth lowri nia rhian sian siân
seren angharad eleri catrin nerys glenys glenda olwen rhianna tegwen awen elin heledd manon
mererid branwen enid eirlys menna llinos delyth sioned gwenllian

françoise francoise monique nathalie martine christiane valérie sandrine stéphanie céline
celine véronique veronique brigitte élisabeth elisabeth chantal pascale emmanuelle agnès
aurélie aurelie amandine delphine émilie emilie élodie elodie laetitia lætitia mathilde
mélanie virginie anaïs anais clémence clemence éloïse eloise inès ines léa lea léna lena
lucie margaux noémie noemie océane oceane romane ségolène segolene solène solene anne-marie
marie-claire marie-france marie-christine marie-hélène marie-helene marie-laure marie-claude
marie-thérèse marie-therese anne-sophie anne-laure rachida najat roselyne édith aurore
gaëlle gaelle maëlle maelle morgane clotilde geneviève hélène helene irène marguerite
mireille régine regine solange sylviane thérèse therese yolande zoé juliette adèle adele
ambre gisèle gisele laure lise lucile nadège nadege noëlle noelle ophélie ophelie perrine
séverine severine sabine clara anouk axelle coralie cécile cecile béatrice murielle josiane
jocelyne ghislaine évelyne evelyne maryse léonie leonie héloïse heloise agathe astrid carole
élise élisa elisa éléonore eleonore eugénie eugenie fabienne joséphine marlène mélissa
myriam olga pénélope rébecca renée tiphaine valentine véra violette yasmine

annalena annegret karin monika susanne birgit heike stefanie katharina jana katrin kathrin
anja silke elke gisela helga renate ute waltraud christa dagmar gertrud gudrun hannelore
hildegard irmgard jutta margarete rosemarie sigrid ulrike uta franziska friederike johanna
kerstin manuela tanja verena carola cornelia daniela juliane magdalena nadja sonja annika
antje bettina britta carina klara frieda ilse josefine karoline luise marlies romy saskia
svenja hedwig gerda hanna rosa erna anneliese hilde lotte marta simonetta eveline regula
beatrix annemarie christel dorothea ilona isolde katja lara larissa lilli lina luisa magda
margit marita mathilda nele pia selma sibylle silvia susanna ulla viktoria alma berit barbel
beate christin elena enya hanne jule lotta mara maren rebekka renata ricarda romina tessa
theresia yasemin zita

wilhelmina adriana sanne femke fleur lieke milou marieke mieke annelies anneke els marjan
marjolein mirjam roos jasmijn yara fenna noa evi liv nienke jolanda janneke hanneke truus
tineke marleen hester famke greet katrien lieve sofie veerle liesbeth griet annemiek eline
esmee evelien fenne inez ineke ingeborg karlijn lisanne margriet marijke marloes meike merel
mila mirthe myrthe noortje willemijn anke demi emmy greetje ivonne loes marga maartje
nicolette sanneke

birgitta britt gunnel margareta margaretha linnea ebba alva maja freja tilda stina mette
pernille signe frida ragnhild solveig siri marit randi ingvild torill gro åse ase helle
dorte dorthe birthe tove bodil grethe jette vibeke malene katrine trine sanna mikaela ylva
gunhild rikke ditte felicia gunilla helena ingela josefin karolina kajsa lovisa malin märta
minna moa ronja sigrun sofia ulrika vendela agneta anneli annelie birgitte inger lisbeth
lisette mona nanna sissel tuva unni vigdis benedicte cecilie eirin guro hege jorunn kristine
linn mari ragna silje siv thora torunn trude ane mette-marit ingrid-alexandra märtha
anne-lise aino tiina päivi paivi pirjo riitta marja satu tarja merja leena heli jenni kaisa
maarit marjatta outi raija sirpa taina tuula eeva elina venla sini oona iida essi milla
tuija anu jaana sirkka kaarina annikki eija jonna katariina kirsi kristiina liisa maija
marjo meri noora pauliina pirkko ritva senja siiri suvi vilma guðrún sigríður sigridur
kristín katrín vigdís jóhanna halla guðný gudny hildur ingibjörg ingibjorg sólveig elín
lilja margrét margret rakel sigrún

giuseppina giovanna carmela caterina antonietta grazia concetta paola chiara giulia aurora
ginevra giorgia vittoria matilde noemi federica simona cristina stefania alessandra
raffaella patrizia donatella franca gabriella lorena loredana mariangela marisa ornella
rosanna rossella tiziana vincenza elisabetta emanuela enrica fiorella flavia ilaria letizia
lidia livia lorenza margherita mirella nicoletta ottavia silvana viviana arianna bianca
carlotta eleonora giada agnese alba benedetta bruna costanza diletta ester fabiola gaia lia
lucrezia mariagrazia rachele wanda antonella annamaria mariella ludovica giuliana graziella
immacolata marilena michela rosalba rosaria rossana teodora angelica annalisa cinzia debora
elvira flora giorgina giulietta laila liliana lucilla luciana mafalda marcella mariapia
marzia maura milena nives rosella valeria alessia aurelia azzurra cristiana dorotea elettra
ilenia

maría carmen josefa ana pilar francisca lucía raquel juana encarnación encarnacion mónica
beatriz nuria núria rocío rocio sofía inés verónica susana ángela inmaculada amparo consuelo
milagros soledad noelia nerea ainhoa leire itziar aitana aroa esperanza fátima fatima begoña
begona blanca catalina cayetana estefanía estefania gema jimena ximena lourdes macarena
marisol mariana miren nieves noemí paloma rebeca rosalía rosalia soraya yaiza alejandra
anabel araceli belén belen eugenia gabriela josefina leticia luz maite meritxell montse laia
aina neus roser ariadna berta edurne idoia arantxa arantza garbiñe garbine irati amaia
maialen socorro mercè merce adela agustina bárbara candela carlota florentina gracia leonor
lucrecia mariona mireia nahia salomé salome úrsula yésica yesica maribel

antônia antónia juliana márcia marcia fernanda patrícia aline camila jéssica letícia júlia
vitória vitoria cláudia luana sônia sónia eliane natália rosângela rosangela raimunda
tatiana débora cristiane conceição conceicao graça graca luíza luiza luísa heloísa heloisa
lívia cecília rafaela isadora clarice dilma benedita marília marilia gleisi tereza joana
inês catarina margarida madalena filipa andreia rute cátia catia sílvia vânia vania tânia
tania célia lúcia glória rosana jaqueline priscila thaís thais ivone ivete elza zélia zelia
anitta aparecida carmem elisabete emília estela flávia graziela iara kátia katia lígia ligia
marcela maristela mirian suzana telma valéria verônica alícia eduarda fabiana isabela kamila
laís lais lavínia lavinia maitê manuella micaela mirela pietra

yesenia xiomara yuliana leidy dayana johana lizbeth maricela nohemí nohemi xóchitl xochitl
itzel citlali florencia delfina constanza yadira nayeli griselda rigoberta delcy cilia dina
keiko guillermina alondra berenice cinthia dulce esmeralda graciela jazmín jazmin lupita
magaly mayra mireya miroslava perla reina rosalinda yazmín yazmin aída aida amalia anahí
anahi belinda dalia ivette julieta lucero mariela paulina yessenia

katarzyna małgorzata malgorzata agnieszka ewa krystyna elżbieta elzbieta zofia aleksandra
danuta beata dorota halina jadwiga janina jolanta iwona grażyna grazyna irena alicja bożena
bozena urszula justyna sylwia agata wiktoria marianna oliwia zuzanna weronika patrycja
izabela kinga klaudia martyna dominika edyta iga lucyna mirosława miroslawa marzena mariola
aneta ewelina roksana jagoda antonina kasia basia gosia franciszka michalina marcelina
julianna jowita otylia adrianna blanka bogna celina daria elwira felicja ludmiła ludmila
matylda róża roza wioletta wioleta żaneta zaneta

hana lenka kateřina katerina věra alena veronika jaroslava jitka zdeňka zdenka ivana zuzana
markéta marketa jarmila barbora kristýna kristyna eliška eliska adéla natálie karolína klára
denisa pavla iveta šárka sarka radka božena vlasta stanislava silvie romana soňa sona
vendula ema viktorie anežka anezka mária katarína katarina ľudmila alžběta alzbeta hedvika
nela radmila růžena ruzena světlana svetlana vanda zora zlata žaneta

ioana mihaela andreea georgiana alina irina ionela roxana nicoleta raluca oana corina
camelia larisa alexia ecaterina viorica doina rodica florica ileana luminița luminita
marinela otilia sorina violeta anca iuliana anamaria iulia olimpia ruxandra smaranda maia
codruța codruta elisabeta georgeta mădălina madalina dorina crina

erzsébet erzsebet katalin éva zsuzsanna judit ágnes krisztina irén iren edit mónika anikó
aniko eszter tímea timea ildikó ildiko szilvia beáta viktória nikolett zsófia zsofia dóra
dora réka reka adrienn orsolya hajnalka enikő eniko csilla boglárka boglarka lili jázmin
noémi kitti borbála borbala magdolna nóra zsuzsa katinka bernadett brigitta kata fanni
bianka dalma dorottya emese flóra gréta izabella jusztina kamilla lilla liliána marietta
mariann nikoletta panna rebeka sára szabina szonja zsanett zsófi zsofi

olena olha oksana nataliya natalya nataliia natalija tetiana tetyana tatyana tatjana iryna
svitlana sviatlana yulia yuliya yuliia iuliia mariya mariia maryia ganna kateryna ekaterina
yekaterina lyudmila liudmyla lyudmyla ludmilla galina halyna valentyna lyubov liubov
nadezhda nadiya larysa yelena alyona alla anastasia anastasiya anastasiia viktoriya
viktoriia darya dariya daryna polina khrystyna sofiya sofiia vira valeriya valeriia inna
zhanna zoya raisa lidiya vasilisa yevgenia yevgeniya evgenia ievgeniia yana ksenia kseniya
kseniia yaroslava uliana ulyana oleksandra arina milana kira lilia liliya lesya lesia
maryana zinaida volha alesya alesia yanina nastassia nastya masha dasha katya olya sveta
anya nadya lyuba vika solomiia solomiya yaryna myroslava bohdana zoryana zoriana ruslana
ivanna roksolana olesia olesya nelya alisa vladislava elmira gulnara aigul dinara madina
aliya gulnaz veranika nonna rimma albina anzhela anzhelika snezhana elizaveta yelizaveta
lizaveta zarina anahit lusine armine gayane nune hasmik ani tatevik siranush lilit narine
gohar ketevan tamar tinatin manana lela natia khatia mariam dilnoza gulnora nilufar shahnoza
saule aizhan gulmira dariga aigerim asel zhanar ainur

jelena marija milica snežana snezana dragana jovana vesna gordana biljana ljiljana mirjana
danijela sanja tijana nevena dušica dusica zorica slavica nataša natasa branka olivera
ružica ruzica jasmina sofija anđela andela andjela nikolina lucija lana iva dubravka silvija
tihana zrinka željka zeljka kolinda jadranka zorana dragica mira ljubica dijana amela amra
azra lejla emina merima lamija adna elma ajla belma naida senada mirsada edina enisa nermina
sanela zehra dženana dzenana brankica gorana jasna vesela višnja visnja mojca špela spela
urška urska alenka metka polona tjaša tjasa ivona jelka katica marijana matea stela ardita
arjola besa blerta dafina drita elira elona erisa fjolla flutura jehona leonora liridona
majlinda mimoza rudina teuta vjosa valbona arta donika ermira

ivanka yordanka desislava rositsa rumyana tsvetelina boryana gergana svetla silviya veselina
dimitrina stefka lilyana krasimira denitsa iliana iliyana kalina kamelia neli penka
radostina stanka todorka yoana zornitsa zlatka tsveta donka bilyana aneliya anelia albena
korneliya roumiana rumiana siyana kristalina raya nikoleta pavlina ralitsa velislava

eleni aikaterini vasiliki angeliki dimitra konstantina panagiota ioanna evangelia paraskevi
despina eirini irini chrysoula fotini kalliopi stavroula theodora argyro zoi efthymia
eftychia kyriaki dionysia ariadni antigoni aspasia chara danai elpida ioulia lambrini
magdalini melina myrto ourania pinelopi rena styliani eleftheria afroditi aphrodite niki
xanthi nefeli artemis kleopatra persefoni electra ilektra evanthia fani foteini kiki loukia
mirto nektaria panayiota sotiria vassiliki voula yiota

ayşe ayse fatma emine hatice zeynep elif meryem şerife serife hanife merve özlem ozlem esra
büşra busra ebru gülsüm gulsum hacer havva hülya hulya leyla melek sibel songül songul tuğba
tugba derya dilek dilara ece ecrin ela eylül eylul irem kübra kubra melike meltem nazlı
nazli nesrin pınar pinar selin sevgi sevim tülay tulay yeliz aslı asli ayla aylin berna
beyza burcu canan ceren damla defne duygu feride figen filiz gamze gizem gökçe gokce gönül
gonul gülşen gulsen hande ilknur müge muge nalan neslihan nilüfer nilufer oya öykü oyku
pelin rabia seda semra serap sevda sinem tansu meral tuğçe tugce yıldız yildiz zerrin zuhal
emel esma aynur ayten didem nihal şeyma seyma sümeyye sumeyye eda hilal ipek naz nisa zeliha
sema serpil nurten gülten gulten şükran sukran asiye aysel aysun bahar banu belgin beril
betül betul buket cansu dilan dilber fulya gülay gulay gülbahar gulbahar gülcan gulcan
handan hayriye hediye ilayda jale kevser lale melis nagehan neriman nevin perihan reyhan
saniye semiha sevinç sevinc şebnem sebnem şenay senay şirin sirin tülin tulin türkan turkan
ülkü ulku ümran umran yaprak yeşim yesim gülnur gulnur mehriban rojda berfin zilan rojin
şilan silan

fatimah fatema fatemeh aisha aishah ayesha aicha aïcha khadija khadijah khadidja khadidza
maryam meriem zainab zaynab zeinab lailah amina aminah amna yasmeen rania salma huda hoda
samira sameera reem farah muna hanaa asma asmaa rasha lubna dalal ghada hiba heba inas
jamila jameela karima latifa lamia majida maha manal marwa nawal nahla nisreen nesrine
nasrin najwa rabab rahma randa rawan razan ruba rula sahar sana sawsan shaima shaimaa suha
sumaya sumayya tahani wafa wafaa widad yusra zahra zahraa zaina aya abeer afaf amira ameera
bushra dunya doaa duaa esraa israa farida fadwa fayza hala halima hayat houda ibtisam
intisar jumana kawthar kholoud khouloud lamis malak mayada maysoon mervat mirvat nabila
naima nermine nesma noha nuha reham ruqayya safaa safiya safia salwa samia shereen shirin
suzan thuraya yomna zahira zakia zeina zubaida hessa moza lulwa lolwah noura nouf maitha
shamma alia hadeel hadil ghalia rima raghad lujain loujain aseel batoul batool bayan
buthaina dania fairuz fayrouz ghadeer hadia hajar hayfa hedaya hiyam houria ibtihal inaam
jihan joumana kenza lamya loubna lubaba maysa maryem mawada mayar mouna nadira nahed najla
naziha nesreen nisrin ouafa rahaf rawya sabrine salima sanaa sihem soumaya souhaila yamina
yousra zineb zoubida zohra zoulikha warda wardah chaima hajer amel asmahan dounia ghizlane
hanane hasna imane kaoutar khadouj malika mounia nawel nezha siham soukaina touria wiam
yasmina zahia hodan fadumo faduma hawa sahra sagal ubah deeqa filsan hibaaq idil nimco

narges masoumeh sakineh mahsa parisa roya nazanin azadeh fereshteh farideh forough golnar
golshifteh hamideh haleh homa jaleh katayoun ladan mahnaz mahin marzieh mehri mitra mojgan
nahid niloufar niloofar pari parvaneh parvin pegah raha shabnam shahla shahrzad sima simin
soheila somayeh sudabeh soudabeh taraneh tahereh yasaman zari golnaz ghazal elaheh elham
fariba farnaz hengameh maral mahboubeh mahtab nafiseh negar negin nooshin parastoo razieh
sepideh setareh shaghayegh tala yalda zohreh azam atefeh behnaz bahareh donya firoozeh
gelareh goli kobra mahboobeh mahdieh mahshid manijeh marjaneh massoumeh mehrnoush nazila
neda niousha pouneh rozita samaneh sanaz sedigheh shahnaz shekoufeh sholeh tahmineh tarane
vida zhila ziba fawzia malalai zarifa sahraa habiba shukria freshta mursal nilofar shabana
frozan hosai nargis

shira tali yael maya efrat hila ronit orit limor galit yifat sigal merav keren einat osnat
ayelet tzipi golda miri rivka hadas inbal liat nurit ofra orly shlomit shulamit tova varda
zehava avital batya chaya hagit irit naama ruti shani shoshana talia yehudit yocheved aviva
dvora devorah dafna daphna elisheva gila hadassah hodaya idit lital meital nili nitza orna
penina pnina reut revital rina sapir shiri sigalit smadar tehila tzila yardena yaara ziva
atara bracha chana elinor malka tirtza tzofia zipporah

priya pooja puja neha sunita kavita meera lakshmi laxmi deepa divya shreya anjali nandita
kavya radha geeta gita rekha asha usha deepika priyanka aishwarya indira pratibha sushma
smriti nirmala mamata mayawati sushmita madhuri kajol rani aarti arti ankita anushka archana
bhavana chitra gayatri hema jaya kalpana kamala kareena lata leela malini mamta manisha
meena mohini nandini neelam nisha padma pallavi parvati poonam pushpa radhika rajni rakhi
rashmi renu ritu rupa sangeeta sapna sarita savitri seema shalini shanti sharmila shilpa
shobha shweta sita smita sneha sonali suchitra sudha sujata sumitra sunanda supriya swati
tanvi uma urmila vandana varsha vidya vijaya vimala yamini aditi alka ananya anika anisha
anju anuradha anusha aparna aruna bharti chanda damini disha durga ekta garima gauri hemlata
ila indu isha jyotsna kajal kamini kanika karishma kiara kriti lalita madhavi mahima manju
manorama meenakshi megha minakshi nalini namrata neetu nidhi niharika nirupama nivedita
prachi pragya prerna preeti priti rachna ragini rajeshwari ranjana rashi richa riya roshni
ruchi sadhana sakshi saloni samiksha sanjana sarika shakuntala shanta sheetal shikha shivani
shraddha shruti shubha simran sonal sumana surekha sushila swara tanuja tara tulsi urvashi
vaishali vasundhara vibha vineeta vinita yashoda yogita zeenat droupadi mehbooba

kavitha revathi saranya selvi tamilselvi kanimozhi jayanthi malar sumathi vijayalakshmi
anitha sangeetha sasikala nithya priyadarshini gomathi thenmozhi valli padmini yamuna
kalaivani jayalalithaa jayalalitha sravani lavanya sirisha swapna padmavathi sujatha
suneetha bhavani sailaja sridevi soundarya sreeja sreelakshmi bindu sindhu remya reshma
nimisha aswathy athira gopika sreedevi shobhana sheeba abirami akila amudha anandhi arthi
bhuvana chandrika deepthi dhanalakshmi geetha gowri indhu janaki kamakshi kausalya kayal
keerthana keerthi krithika lalitha latha mahalakshmi malathi mangai manimegalai mythili
nandhini pavithra poornima prema rajalakshmi ramya rathi revathy rohini rukmini saraswathi
shanthi sharanya sivakami srividya subbulakshmi subha suganya sumithra swarnalatha thilaga
vasanthi vidhya kalyani keerthy nayanthara tamannaah amala rashmika chinmayi geethanjali
bhagyalakshmi vaani varalakshmi vasuki sunitha haritha mounika navya pranathi sahithi
spandana swathi tejaswini vennela bhargavi manasa sravanthi ammu dhanya gayathri jincy lekha
neethu parvathy renjini seetha shyama smitha sobha sreevidya suja

mousumi moumita rituparna sudeshna anindita sraboni tanushree debjani paromita mahua mitali
shampa aparajita arpita debashree indrani jhumpa koel madhurima nabanita payel piyali
poulomi rimi sanchita sharbani soma sreela sreyashi srabanti suparna tanima ashwini rupali
sayali pradnya sulochana pranali ujwala vrushali jayashree rajashree sharvari anagha ketaki
manasi mrunmayee prajakta rasika rutuja shubhangi vrinda hetal bhumi dhwani falguni hemali
jignasha kinjal krupa nirali palak payal riddhi toral urvi zalak anandiben harsimrat jasleen
harleen gurleen parineeti bhumika sukhmani amrita bidya anjana binita pramila sabitra shova
sirimavo dilrukshi hirunika ranmali thilini kaushalya nilmini

benazir huma bakhtawar asifa malala hina saba sadia samina shazia sidra fariha hira iqra
mahnoor mehwish nida sumaira uzma humaira rukhsana shaista tahira nazia naila nighat robina
sobia mahira mawra sajal hania aiman anum aqsa areeba maham mehreen ghazala shireen fehmida
zartaj shandana marvi kashmala mariyam mehnaz naheed nasreen saima sameena shahida tabassum
abida munira parveen razia rubina sughra tahmina zeba ayeza sania hadiqa momina nimra rimsha
sehar sumbul urooj

hasina khaleda taslima rokeya farzana rahima jahanara sultana nazma monira rumana shamima
sharmin mahmuda fahmida rehana nasima sufia shefali afroza akhi ambia anjuman bilkis
ferdousi israt jannat jesmin jharna kamrun lipi mahfuza masuma maliha meherunnesa momtaz
moushumi munni nipa nurjahan papia popy purnima rabeya rahela rashida rokshana runa sahana
sajeda salina sanjida shahana shamsun shapla sharifa shilpi shumi sumaiya sumi tamanna

siti ayu putri puteri wulan indah ratna lestari kartini megawati susanti yanti intan fitri
fitria rini retno endang rahayu kurniawati wahyuni nurhayati suryani puspita anggun cinta
dinda kirana melati anisa annisa aisyah laras larasati maharani pratiwi saraswati sekar
sinta shinta utami wulandari yulianti susi khofifah ratih yuni norhayati noraini azizah
rosmah rafidah izzah zuraida halimah shamsiah alya nurhaliza widya wida wiwik yeni yenny
yuli anggraini citra dewanti dyah fitriani hesti ika indri kartika lusi meutia novita
nurlela rachmawati rahmawati riana setyawati sulastri sumiati suparmi tuti umi wening
zulaikha adibah aliyah amirah atiqah balqis fadhilah fauziah haslinda hasnah kamariah maznah
nabilah norlela noorhayati rabiah rahimah rohani roslina safiah salmiah saadiah suhaila
syafiqah zaleha zaliha zuraidah

corazon leni maricel marites evangeline marilou analyn jonalyn mylene rowena teresita
erlinda nenita zenaida aileen arlene jennylyn risa imee luzviminda maricar rhea analiza bea
lani carmina cherie ligaya marivic mercedita nelia ofelia merceditas criselda divina editha
emelita felicidad jovita lolita lualhati marichu myrna natividad nilda rizalina rosita
salvacion

yingluck paetongtarn sunee malee siriporn wanida kanya pranee anong somsri nittaya kanokwan
jintana supaporn sukanya siriwan pornthip duangjai araya orathai thitima pimchanok chutima
nongnuch ratchanok sasithorn sudarat walaiporn wilaiwan apinya arunee busaba chanida chanya
daranee jiraporn kamolwan kulap lamai manee nattaya nongluck pensri phanida pornpimol
pornpan preeya rattikarn ruchira saowanee somjai sripai sirikit suchada sujitra sumalee
sunisa supatra suwanna tassanee thanida ubonrat urai waraporn wipawee yupa yupin sirindhorn
chulabhorn bajrakitiyabha pimpaka porntip yaowalak

lan hoa huong hương thu hanh hạnh trang nga nhung thao thảo thuy thủy thúy oanh uyen uyên
tuyet tuyết huyen huyền liên lien nguyet nguyệt nhi quyen quyên vy kieu kiều duyen duyên
thoa diep diệp

xiuying guiying xiulan yulan guilan meiling lijuan xiaomei xiaohong xiaoyan xiaoling
xiaojuan xiaoxia yanling tingting jingjing feifei yingying meimei cuihua chunmei guifang
yuzhen yumei yufang shuzhen shufen limei hongmei yanhong xiuzhen xiufang yutong xinyi lanlan
meihua guizhen shulan xiumei yanmei chunhua chunyan chunxia huifang huiling huiying liying
lizhen meifang meixiu mingzhu qiaoling ruolan shuying suzhen wenjuan xiaoqin xiaoyun xuemei
yanyan yaping yueying yunxia zhenzhen ing-wen ingwen mei-ling ziyi zhiling fangfang yuanyuan
jiaying mengyao ruoxi xinyue yuting shasha miaomiao huizhen xiuqin yuying cuiping fengying
guiqin hualing lingling meizhen qiuyue shuhua xiuhua

yuko haruka yoko akiko michiko tomoko kyoko naoko noriko sachiko yoshiko kazuko hiroko junko
masako mariko emiko fumiko eriko kumiko mayumi megumi yumiko hitomi ayumi ayako asuka chie
chika eri fumie hanae honoka kanako kaori kasumi kazue kiyoko mami manami mayu midori mieko
miho minako mitsuko miyu miyuki momoko nanami natsumi nobuko nozomi reiko rie rika riko
ryoko saki sakiko sanae satomi sayaka sayuri setsuko shiori shizuka sumiko takako tomomi
yasuko yayoi yoshie yuka yukari yukiko yumi yuriko yui yuna mio koharu akari tsumugi himari
kiko masae teruko toshiko yaeko chiyo chiyoko hideko haruko kimiko ritsuko shoko sakura aiko
emi hanako misaki arisa atsuko ayano ayane chinatsu chisato emiri harumi hiroe hisako itsuko
kanae kaoruko kayo kumi makiko masayo mayuko michie mikiko misako misato miwa naoe reika
renka sae sachie saori satoko sawako shigeko sumire suzu tomiko tomoe toshie umeko wakana
yae yasue yoriko yukie yumeko yurika yuuka yuina yuzuki ayaka madoka shiho shino sumie
tomoka tsubaki yurina kotomi kotone

seo-yeon seoyeon seo-yun seoyun ji-yoo jiyoo ha-eun haeun min-seo minseo su-ah suah yu-na
ji-hye jihye eun-ji eunji hye-jin hyejin mi-kyung mikyung young-hee younghee eun-young
eunyoung ji-eun jieun min-ji minji hye-won hyewon mi-sook misook kyung-hee kyunghee soon-ja
soonja young-ja youngja jung-sook jungsook myung-sook myungsook geun-hye geunhye ye-jin
yejin ye-eun yeeun so-yeon soyeon da-eun daeun chae-won chaewon ji-a seo-ah seoah ha-yoon
hayoon ji-yeon jiyeon eun-hye eunhye yo-jong yojong ju-ae juae hee-jin heejin mi-ran miran
mi-young miyoung mi-ja mija mi-hee mihee mi-ok miok mi-jung mijung eun-jung eunjung eun-mi
eunmi eun-sook eunsook hyun-joo hyunjoo hye-kyung hyekyung hye-sook hyesook hye-young
hyeyoung ji-young jiyoung kyung-ja kyungja kyung-mi kyungmi kyung-sook kyungsook myung-hee
myunghee myung-ja myungja ok-ja okja seon-hee seonhee seon-young seonyoung su-yeon suyeon
sun-hee sunhee sun-ja sunja sun-young sunyoung yeon-hee yeonhee yoon-hee yoonhee young-sook
youngsook young-mi youngmi so-hee sohee so-young soyoung na-yeon nayeon na-eun naeun ye-won
yewon chae-young chaeyoung hye-ri hyeri seung-hee seunghee ga-eun gaeun ga-young gayoung
da-hye dahye eun-bi eunbi eun-seo eunseo ja-young jayoung jung-hwa junghwa mi-yeon miyeon
sae-ron saeron seul-gi seulgi so-ra yoon-ah yoonah tae-yeon taeyeon hyo-jin hyojin kyung-wha
kyungwha eun-kyung eunkyung hee-kyung heekyung bo-young boyoung bo-ra hyo-ri hyori min-hee
minhee min-kyung minkyung sun-mi sunmi ye-rin yerin ye-seo yeseo ye-na yena yeon-kyung
yeonkyung mi-na hye-su hyesu in-hye inhye hye-rim hyerim seo-hyun seohyun seo-yeong seoyeong

neema rehema zawadi upendo mwanaisha mwajuma zuhura mariamu fatuma zainabu saumu rukia
hadija subira pendo wangari wanjiku njeri nyambura wairimu wambui muthoni njoki wangui
waithera mumbi nyawira makena nkatha kawira mwende mwikali ndinda mutheu syombua akinyi
atieno awino achieng adhiambo anyango auma akoth moraa kemunto kerubo nafula nekesa nasimiyu
naliaka chebet chepkoech jepkosgei jepchirchir chepngetich jelagat cherono jeptoo jepkemoi
chepkirui jepkorir wavinya millicent hellen nakato babirye

tigist meseret aster selam hirut genet tsehay yeshi yodit tirunesh derartu genzebe gelete
letesenbet sifan senait rahel rediet betelhem mekdes mahlet tsion zewditu sahle-work
sahlework azeb birtukan kidist lemlem liya mihret saron selamawit worknesh zenebech zemzem
emebet konjit mulunesh tsige aynalem bezawit feven helina luwam winta hiwet mebrat mehret
etenesh yalemzerf gete tadelech fikirte tsehaynesh meskerem misrak askale alemitu tizita
yordanos kalkidan wubet mestawet haregewoin seble

funmilayo folake yetunde abosede adenike adunni aduke bukola busola folasade folashade funke
iyabo jumoke kemi kikelomo modupe morenike motunrayo olabisi olufunke olufunmilayo omolara
omotola oyinkansola ronke sade simisola titilayo wuraola yewande aderonke bolanle mojisola
morayo oluwakemi omowunmi yejide arinola atinuke olajumoke ngozi chioma adaeze amaka nneka
chiamaka chidinma chinenye ifeoma ijeoma nkechi nkiruka obiageli oluchi uju uzoamaka adaora
adanna amarachi chinyere ezinne ifunanya nnenna nneoma obianuju ogechi ugochi ujunwa
chimamanda nwakaego hauwa hadiza binta bilkisu hajara rahama saratu asabe ladi larai talatu
zulaihat rukayya hafsat aishatu ebele yemisi kemisola adesua aramide moradeke

ama akosua adwoa adjoa abena abenaa akua efua yaa afia afua esi ekua araba efia ajoa akuba
amma afi abla adzo akpene dzifa enyonam esinam mawusi lordina aminata fatou awa mariama
aissatou ndeye coumba khady rokhaya astou oumou kadiatou djeneba assitan kadidia safiatou
ramatoulaye bintou salimata fatoumata aïssata aissata nafissatou sokhna dieynaba penda

lerato nomvula nomsa nomzamo nosipho nokuthula thandiwe thandeka thandi zanele zodwa zinhle
zandile lindiwe nandi naledi palesa dineo dimakatso busisiwe nonhlanhla nompumelelo
nontobeko noluthando phumzile refilwe ntombi nkosazana baleka thuli zinzi nolwazi nosiviwe
mbali amahle hlengiwe khanyisile pumla bathabile thembi chipo rudo ruvimbo tsitsi vimbai
nomathemba nomcebo nozipho nobuhle nokwanda marietjie elize mariska yolandi charlize
anneline
""".split())

MALE: frozenset[str] = frozenset("""
james robert john michael david william richard joseph thomas charles christopher daniel
matthew anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george
timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry aaron adam
nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
gerald harold sean carl arthur lawrence dylan jesse bryan billy joe bruce gabriel albert
alan wayne elijah roy vincent ralph eugene philip louis bernard ted mike ben tony steve dave
jim jimmy tom tommy harry danny johnny nick ron rick ken pete greg jeff matt phil andy max
hugh nigel clive colin derek trevor craig darren gavin ian iain jake joel jonah julian luke
malcolm martin nathaniel oliver oscar owen rhys rupert simon stanley theodore toby tristan
victor wesley harvey caleb isaac levi ezra connor kieran liam seamus shane brendan declan
callum lachlan angus hamish ewan euan alasdair alastair alistair duncan alfred leonard
maurice dominic felix francis jasper marcus sebastian stuart winston bobby shawn brett
jerome desmond lucas neil damian kurt leon marc tim xavier

cormac darragh eoin fergus cian ciaran ciarán cathal conor colm diarmuid dermot eamon éamon
eamonn enda fionn killian lorcan micheal mícheál niall oisin oisín padraig pádraig padraic
pádraic ronan rory senan tadhg turlough donal dónal ruairi seán feargal fergal colum aodh
aidan tomas tomás gregor calum murdo dafydd gareth rhodri huw ieuan iwan owain emyr gethin
gruffydd aled alun carwyn geraint glyn hywel llewelyn llywelyn tomos aneurin idris osian

pierre michel andré andre philippe rené rene alain jacques marcel henri georges nicolas
françois francois gérard gerard christophe jean-pierre jean-claude jean-luc jean-marc
jean-paul jean-louis jean-yves jean-michel jean-marie jean-françois jean-francois
jean-jacques jean-baptiste jean-noël jean-noel jean-christophe jean-philippe jean-charles
pierre-yves pierre-alain pierre-henri pierre-louis marc-antoine louis-philippe
françois-xavier francois-xavier olivier laurent thierry stéphane stephane éric frédéric
frederic sébastien sebastien julien guillaume mathieu matthieu antoine alexandre jérôme
didier emmanuel hervé herve yves serge gilles pascal franck bruno fabrice arnaud benoît
benoit cédric cedric florian grégory jérémy kévin loïc loic ludovic mickaël mickael mikaël
mikael raphaël raphael léo leo hugo jules théo theo enzo baptiste clément clement valentin
aurélien aurelien bastien corentin édouard edouard étienne etienne fabien gaël gael gaëtan
gaetan hubert lucien sylvain yann yoann kylian kilian maël mael bertrand denis félix florent
joël josé jose léon manuel patrice romain stanislas tanguy valéry valery wilfried yanis
émile emile erwan esteban lorenzo ousmane thiago youssouf zinedine karim farid rachid samir
sofiane yacine yassine mehdi bilal hamid

hans klaus jürgen jurgen juergen stefan wolfgang andreas markus uwe dieter günter gunter
günther gunther guenter guenther horst helmut gerhard manfred werner heinz karl karl-heinz
heinrich hermann rolf bernd ralf jörg jorg joerg olaf friedrich wilhelm ludwig otto ernst
franz josef johann johannes georg maximilian lukas jonas elias moritz niklas philipp jannik
sven torsten thorsten holger jens dirk detlef rainer reiner volker norbert armin gerd
hartmut heiko ingo lothar reinhard siegfried ulrich ulf winfried eberhard alois anton
bastian christoph dominik fabian hendrik henning konstantin lars leopold malte nils rudolf
sascha sören soren soeren steffen timo udo jakob emil oskar karsten carsten heinz-christian
ferdinand ignazio adolf hannes hans-peter hans-jürgen hans-jurgen hans-joachim karl-theodor
frank-walter franz-josef achim arnold axel bernhard claus clemens emanuel erich erwin eugen
fritz gottfried gunnar gustav harald helge henrik jochen knut konrad lorenz marko mathias
rüdiger rudiger ruediger rudi viktor willi willy dietmar dietrich erik jannis julius lennart
linus mats mirko ole ricardo stephan yannick

cornelis pieter willem gerrit jacobus klaas kees henk bas bram daan sem thijs luuk ruben
stijn sander niels joost wouter maarten martijn jeroen koen rutger gijs bart arjen geert
jaap joris marco mathijs matthijs menno michiel pim remco roel rik ruud sjoerd teun wim
youri arie bert cees frits gert guus hein jelle joep karel lodewijk marten niek pepijn piet
rens rogier tijs wessel wilco willem-alexander floris frans luc dries filip koenraad joeri
jef adriaan arjan bastiaan boudewijn casper coen dolf freek gerrit-jan gillis harmen
hendrikus herman ivo jan-willem jan-peter johan kasper laurens maurits merijn pieter-jan
reinier robbert roeland sebastiaan bjorn hamza mohammed ahmed youssef ibrahim

anders olof olov gustaf bengt björn stig leif göran goran magnus fredrik ludvig isak arvid
vilhelm torbjörn torbjorn kjell håkan hakan ingvar sture morten søren rasmus mads frederik
jesper mikkel jørgen jorgen poul svend preben thor arne bjarne geir haakon håkon hakon ivar
kåre kare olav ove petter terje trond øystein oystein espen eirik erlend sigurd snorre
steinar aron christer dan einar patrik albin lasse mattias ulrik bjørn frode nikolaj jon
øyvind oyvind ragnar torbjørn juha jukka mikko matti pekka antti heikki jari markku petri
sami seppo tapani teemu ville jussi olli eero esa hannu kalle lauri niko sauli tuomas aleksi
onni pasi jón guðmundur gudmundur sigurður sigurdur ólafur olafur magnús kristjan bjarni
arni stefán róbert

giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo
domenico paolo giorgio aldo sergio luciano roberto stefano alessandro matteo leonardo
riccardo tommaso edoardo federico davide giacomo emanuele filippo alberto enrico fabio
fabrizio massimo maurizio claudio gianluca gianni giancarlo gianfranco giampiero gianpaolo
pierluigi piero renato silvio umberto alessio alfredo armando arturo attilio cesare corrado
cristian diego dino elio emilio ettore ezio flavio gaetano giulio guido italo livio mattia
mauro osvaldo ottavio pasquale raffaele rocco saverio tiziano valerio vittorio sebastiano
samuele adriano amedeo beppe carmine cosimo dario elia fausto fulvio gennaro gino giuliano
graziano mariano marcello nicolò nicolo niccolò niccolo oreste patrizio remo rinaldo ruggero
sabino tullio ugo valentino vito gianmarco massimiliano jacopo agostino alfonso bartolomeo
benedetto biagio calogero camillo carmelo ciro costantino damiano donato eugenio ferdinando
ferruccio gerardo gianluigi gianmaria gianpiero gregorio guglielmo leopoldo lucio martino
michelangelo natale pierfrancesco pierpaolo pino romeo teodoro vasco virgilio

francisco juan javier jesús jesus carlos miguel alejandro rafael pedro pablo fernando luis
jorge álvaro alvaro adrián adrian raúl raul enrique ramón ramon vicente ignacio andrés
andres joaquín joaquin santiago eduardo víctor jaime marcos rubén óscar iván ivan martín
mateo gonzalo guillermo julio agustín agustin césar cesar cristóbal cristobal felipe gustavo
héctor hector iker jordi josep julián nicolás pascual patricio rodrigo sebastián xabier unai
aitor asier gorka iñaki inaki josu mikel ander eneko pere pau oriol arnau jaume xavi ferran
carles lluís lluis sergi joaquim ernesto bernardo benito fabián florentino gilberto horacio
humberto leandro mauricio maximiliano moisés moises nahuel néstor nestor octavio pancho
rigoberto rolando saúl saul tadeo valentín wilfredo abel benjamín emiliano facundo ismael
lautaro matías matias santino cristiano bartolomé bartolome borja damián fidel florencio
íñigo inigo juanjo juanma julen lázaro lazaro melchor paco pepe rafa ramiro simón xosé xose
xoán xoan

joão joao antônio antónio paulo luiz luís marcelo raimundo manoel mateus matheus fábio
guilherme tiago anderson sebastião sebastiao márcio marcio sérgio cláudio vitor júlio jair
inácio inacio geraldo edson heitor davi murilo benício benicio nuno rui gonçalo goncalo
martim afonso henrique simão simao diogo vítor ronaldo romário romario neymar alcides caio
celso cícero cicero cleber danilo edmundo emerson evandro everton fabrício fabricio flávio
germano gilmar hélio helio igor jefferson josué josue juliano kléber kleber leonel lúcio
maurício milton octávio otávio otavio renan rogério rogerio rubens tarcísio tarcisio valter
willian aécio aecio lula wellington agostinho artur augusto dinis domingos filipe horácio
hélder helder lourenço lourenco mário alisson arnaldo cauã caua erick fernandinho ítalo kauã
kaua luan natan richarlison rodolfo ruan sócrates socrates tadeu thales vinícius vinicius
wilian zeca

evo ollanta nayib tabaré tabare yamandú yamandu cuauhtémoc cuauhtemoc radamel adalberto
cayetano efraín efrain efrén efren ezequiel hernán hernan homero jerónimo jeronimo noé noe
omar reynaldo rogelio ulises brayan jhon jhonatan franklin élmer elmer

andrzej piotr krzysztof stanisław stanislaw tomasz paweł pawel józef jozef marcin marek
grzegorz jerzy tadeusz łukasz lukasz zbigniew ryszard dariusz henryk mariusz kazimierz
wojciech mateusz jakub antoni szymon franciszek aleksander wiktor mikołaj mikolaj kacper
bartosz dawid kamil maciej rafał rafal patryk przemysław przemyslaw sławomir slawomir
mirosław miroslaw wiesław wieslaw zdzisław zdzislaw bogdan czesław czeslaw leszek lech
bronisław bronislaw władysław wladyslaw witold jarosław jaroslaw radosław radoslaw
mieczysław mieczyslaw eugeniusz zygmunt janusz ireneusz zenon bolesław boleslaw oliwer
ignacy karol wojtek kuba borys sylwester tymoteusz krystian arkadiusz bartłomiej bartlomiej
bogusław boguslaw eryk gustaw jacek jędrzej jedrzej lucjan ludwik maksymilian miłosz milosz
nikodem tymon wacław waclaw

jiří jiri petr pavel jaroslav tomáš miroslav zdeněk zdenek václav vaclav vladimír vladimir
lukáš ladislav stanislav ondřej ondrej radek antonín antonin vojtěch vojtech matěj matej
jaromír jaromir miloš milos aleš ales libor bohumil bohuslav luboš lubos dušan dusan šimon
vlastimil oldřich oldrich přemysl premysl radim rostislav andrej mikuláš mikulas juraj
ľubomír lubomir štefan branislav rastislav matúš matus boris eduard pavol vít vit zoltán
zoltan bedřich bedrich dalibor františek frantisek jindřich jindrich jonáš kryštof krystof
leoš leos lubomír matyáš matyas otakar ota radovan tadeáš tadeas vilém vilem ľuboš ľudovít
ludovit

gheorghe vasile constantin nicolae mihai alexandru andrei dumitru florin ștefan ionuț ionut
mihail radu ciprian cătălin catalin sorin ovidiu petru iulian lucian costel liviu viorel
sergiu silviu traian horia nicușor nicusor călin calin crin ilie vlad tudor matei aurel
aurelian cornel cosmin dorin dragoș dragos grigore horațiu horatiu iacob laurențiu laurentiu
mircea octavian remus teodor tiberiu toma valeriu petre rareș rares alin anghel costin dănuț
danut doru emilian ionel iosif octav răzvan razvan șerban serban teofil titus vasilică
vasilica

lászló laszlo istván istvan józsef jozsef jános janos sándor sandor ferenc gábor gabor
attila péter tamás tamas zsolt tibor andrás andras csaba imre lajos györgy gyorgy balázs
balazs mihály mihaly károly karoly béla bela gergely dániel miklós miklos ádám krisztián
krisztian szabolcs ákos akos márton marton bence levente dávid kristóf kristof marcell
barnabás barnabas botond bálint balint benedek olivér zsombor hunor vilmos árpád arpad géza
geza dezső dezso kálmán kalman antal ernő erno jenő jeno ottó ábel áron barna bertalan dénes
denes ervin gellért gellert gyula kornél kornel lőrinc lorinc mátyás nándor nandor oszkár
oszkar richárd sebestyén sebestyen szilárd szilard vince zalán zalan zsigmond

oleksandr aleksandr alexandr oleksiy oleksii alexei alexey aleksei aleksey dmytro dmitry
dmitri dmitriy sergei sergey serhiy serhii sergiy andriy andrii andrey volodymyr mykola
nikolai nikolay mikhail mykhailo yuriy yurii yury vasyl vasily vasiliy vasili petro pyotr
pavlo maksym maxim maksim artem artyom bohdan denys yevhen yevgeny evgeny evgeniy yevgeniy
ievgen anatoliy anatoly anatolii valeriy valerii vitaliy vitaly vitalii vadym vadim
vladyslav vladislav vyacheslav viacheslav yaroslav taras ihor ruslan rostyslav kostiantyn
kostyantyn gennady gennadiy hennadiy leonid grigory hryhoriy grigoriy fyodor fedir fedor
stepan timur kirill kyrylo danylo danil daniil matvey egor yegor ilya illia illya arseniy
arseny arsenii yakiv yakov oleh oleg lev gleb hlib zakhar timofei timofey tymofiy svyatoslav
sviatoslav myroslav valentyn ramzan akhmad dzhokhar shamil magomed aslan murad rustam ravil
marat azamat aidar nursultan shavkat alisher emomali alyaksandr aliaksandr viktar uladzimir
siarhei syarhei dzmitry dzmitriy mikalai yauhen raman ihar vasil anatol stanislau artsiom
yahor aliaksei dmitrii evgenii filipp georgy georgiy heorhiy isaak luka matvei ostap radomir
oles kostya armen aram ashot tigran vardan hovhannes gevorg arsen davit hayk levon narek
samvel serzh suren vahagn vazgen giorgi levan irakli zurab mikheil bidzina zviad mamuka
tengiz lasha shota kakha vakhtang otar revaz temur heydar ramiz elchin rashad anar vugar
kassym-jomart askar jamshid sardor bakhtiyor serdar

aleksandar dragan zoran nenad nemanja dejan bojan srđan srdan srdjan željko zeljko predrag
slobodan vojislav tomislav vuk uroš uros đorđe dorde djordje lazar jovan petar mladen ratko
ivica josip stjepan stipe franjo krunoslav zvonimir hrvoje domagoj davor andrija jakov karlo
borna kristijan zlatko damir darko dražen drazen duje siniša sinisa vedran zdravko branko
božidar bozidar milorad nebojša nebojsa ognjen radoslav veljko aleksa dimitrije adnan alija
amar amir edin haris harun kenan muhamed nermin nihad refik safet sead senad tarik zlatan
elvir emin ermin enes mehmed sulejman šefik sefik zijad izet bakir dženan dzenan fikret
muamer rasim fahrudin mustafa hasan salih semir alen janez janko jure rok miha blaž blaz
gjorge gjorgje hristijan kiro vlado trajko stevo agron arben ardian arian artan astrit edi
edmond elvis enver genc hashim ilir naim petrit rexhep sali skender valon visar ylli

georgi dimitar hristo stoyan todor yordan atanas krasimir plamen boyko rumen kiril lyubomir
momchil ognyan simeon tsvetan veselin zhivko borislav bozhidar dragomir evgeni galin grigor
kaloyan krum lachezar lyuben metodi nedyalko ognian slavi svetoslav tihomir tsvetomir
velizar ventsislav yavor delyan deyan dobromir iliya kamen kostadin milen mitko stanimir
ivaylo ilian blagoy dimo hristian lyudmil

georgios giorgos yiorgos dimitrios dimitris konstantinos kostas ioannis giannis yannis
nikolaos nikos panagiotis christos vasileios vasilis athanasios thanasis michail michalis
evangelos vangelis spyridon spyros antonios antonis emmanouil manolis stavros petros
alexandros charalampos haralambos theodoros kyriakos pavlos apostolos stylianos stelios
anastasios tasos sotirios sotiris efstathios stathis ilias grigorios leonidas aristotelis
achilleas angelos dionysios dionysis fotis iraklis lambros lefteris eleftherios loukas
markos miltiadis nektarios odysseas panos prokopis sokratis stefanos themistoklis thodoris
timotheos triantafyllos zacharias evripidis aris karolos akis alekos argyris chrysostomos
demetris efthymios filippos gerasimos kleanthis kosmas lazaros makis marios menelaos minas
nikitas orestis pantelis periklis savvas simos takis thanos theofilos tryfon vasos vyron
yiannis yorgos christodoulos nicos glafcos tassos

mehmet ahmet ali hüseyin huseyin ismail osman yusuf murat ömer omer ramazan halil süleyman
suleyman abdullah mahmut recep kemal fatih emre burak serkan mert cem barış baris berk
cengiz erdem erkan eren ercan engin erol ferhat gökhan gokhan kaan kerem kadir levent mesut
metin muhammet musa oğuz oguz onur orhan özgür ozgur selim sinan tahsin tayyip tolga tuncay
uğur ugur umut volkan yasin yiğit yigit yunus yavuz zafer abdülkadir abdulkadir adem alper
arda ayhan bülent bulent caner ekrem ertuğrul ertugrul eyüp eyup faruk gürkan gurkan hikmet
ilhan irfan kürşat kursat mahir mevlüt mevlut necati necmettin nihat numan nurettin oktay
özcan ozcan rıza riza sadık sadik sedat şükrü sukru taner tarık tayfun turgut vahit yakup
yalçın yalcin yaşar yasar zeki hulusi binali mansur selahattin aziz berat batuhan çağlar
caglar emirhan furkan oğuzhan oguzhan ozan taha talha alp arif abdurrahman atilla bekir
celal emrah erdal ersin ertan fahri güven guven haydar ilker ismet melih sabri sait selçuk
selcuk şenol senol soner suat tamer ufuk utku vedat

muhammad mohamed mohammad mohamad muhammed mohd mohamud mahamat ahmad umar othman uthman
usman hassan khalid khaled faisal feisal abdallah abdulla ebrahim yousef yousif mahmoud
mahmud moustafa mostafa tariq tarek tareq kareem nabil nabeel sameer walid waleed hamzah
rashid saeed salman ziad abdel abdul abdelaziz abdulaziz abdelkader abdelrahman abdulrahman
abderrahmane abdelfattah abdelmajid abdulkarim abdelkarim abdelhamid abdulhamid abdullahi
adel adil akram amer amin ammar anas anwar ayman aymen bashar bassam bassem badr boutros
butrus emad imad essam issam fadi fady fahd fahad fareed faris fares fawzi fouad fuad
ghassan habib hadi haitham haytham hakim hamad hamed hani hany haroun hatem hazem hesham
hisham hossam husam ihab jaber jalal jamal jamil jameel jawad kamal kamel khalil maher majid
majed mansour marwan masoud mounir munir muhannad mohannad mukhtar nader nadir naguib najib
naji nasser nasir nawaf nizar osama usama qasim qassem kassem qais rafik rafiq rami ramzi
raed riad riyad ridha reda saad saddam sadiq sadek safwan salah saleh salim saleem sameh
samer shukri sufyan suhail suhayl suleiman sulaiman sulayman talal tamim tawfiq taufik
tawfik thamer wael wail wassim wasim yahya yahia yasser yasir yassin yazan yazeed yazid
younes younis zaid zayd zaki zakaria zakariya zayed zuhair mamdouh abdelmadjid kais moncef
rached muammar saif seif hafez hafiz bashir idriss firas ghaith laith luay mazen qusay uday
haidar haider hayder karrar muqtada nouri hashem jaafar jafar kadhim kazem moqtada khalifa
tahnoun hamdan turki nayef naif meshal rakan abdulmalik abdulrahim aladdin ayoub ayyub
belkacem brahim driss fathi fayçal faycal hicham ilyas khairy mahdi mokhtar moussa mustapha
nacer nadim nassim noureddine oussama ramy samy wahid youcef abdirahman abdi

hossein hosein reza mohsen javad morteza mojtaba akbar esmail farhad behrouz bahram babak
arash kourosh cyrus dariush kaveh kamran kambiz keyvan kian mehran mehrdad nima omid payam
peyman pouya ramin rostam saman sasan shahram shahriar siavash siamak sohrab soroush vahid
hamidreza alireza mohammadreza gholamreza gholam hojjat ruhollah bagher ghasem qasem navid
parviz parsa pedram shahab shervin shayan afshin ardeshir arman ashkan bijan ehsan erfan
faramarz farzad fereydoun houshang iraj khosrow manouchehr pejman rahim rasoul sadegh sajjad
salar shapour yaghoub zia esfandiar abolfazl amirhossein aliakbar mohammadali mohammadjavad
mohammadbagher mohammadhossein abdolreza ahmadreza amirali behnam behzad benyamin davood
davoud ebi farshad farzin ghodrat heshmat hooshang jahangir kiarash koorosh mahyar mazdak
mehrzad mohammadmahdi morad nematollah rouhollah sepehr shahrokh sohail tohid yazdan
amrullah zabihullah sirajuddin haibatullah gulbuddin massoud ahmadshah rahmatullah
hamidullah nasrullah asadullah naqibullah habibullah

avraham yitzhak yaakov moshe shlomo yosef binyamin bezalel naftali itamar yair yoav ehud
yuval gilad eyal uri avigdor yoel reuven shimon yehuda menachem meir nachman aharon elazar
eliezer ephraim ilan nir oded ofer omri oren rafi ronen shaul tzachi yehoshua yonatan zvi
haim chaim dov doron erez gadi amos asaf boaz elad idan itai itay kobi matan moti nadav noam
nimrod tomer tzvi yigal yossi zeev avner yariv yaron amnon eitan avi eli yisrael shmuel ofir
alon amichai aryeh avishai benzi chezi dudu elyakim eran gershon hezi hillel ido ishay itzik
kfir lavi maor mordechai nehemia nissim noach ohad pinchas saar sagi shimi shlomi tzahi
yehiel yiftach yishai yohanan zalman zevulun yoni

rahul raj aarav vivaan aditya arjun vihaan reyansh krishna ishaan shaurya atharv advik
pranav advait dhruv kabir ritvik aniket ankit ankur anand anil arvind ashok ashish bharat
chetan deepak dev dinesh gaurav girish gopal harish hemant jagdish jayant kapil kishore
kunal lalit mahesh manish manoj mukesh naresh narendra naveen nitin nitish pankaj pradeep
prakash pramod prashant rajeev rajiv rajendra rakesh ramesh ravi rohit sachin sandeep sanjay
sanjeev satish saurabh shyam siddharth subhash sudhir sumit sunil suresh tarun umesh varun
vijay vikas vikram vinod vipin vishal vivek yogesh amitabh shahrukh aamir hrithik ranveer
ranbir akshay ajay abhishek ajit akhilesh alok anupam anurag arun ashwin atul avinash balram
bhupendra brijesh chandan chandrashekhar darshan devendra dharmendra dilip ganesh govind
hari himanshu inder jagannath jai jitendra kailash kamlesh karan kartik keshav kuldeep
lakshman madan mahendra manohar mayank mohan mohit mukul nakul nand navin nikhil nilesh
niraj omkar pawan piyush prabhat pranab pratap praveen prem prithvi puneet rajat rajnath
ranjan rishi rohan sagar sahil sandip sanjiv santosh satyendra shailesh shankar shantanu
sharad shashank shekhar shiv shivraj shubham sukhdev surendra suraj sushil swapnil tejas
tushar upendra vaibhav vasant ved venkatesh vinay vineet virat vishnu yash yashwant yuvraj
zubin

murugan karthik senthil selvam palani saravanan prabhu vignesh dhanush suriya balaji muthu
arul velu kannan manikandan thangaraj sundar elango ilango jeyakumar jayakumar annamalai
venkat srinivas chandrababu jagan ramana raghu srikanth sridhar satyanarayana venkateswara
narasimha ramakrishna anjaneyulu nagaraju vamsi phani sekhar rajesh anoop biju shaji saji
unnikrishnan ajith abhilash vineeth sreejith sreekumar harikrishnan jithin nithin akhil
sanju shibu ayyappan dinakaran durai gopinath jagadeesh kalaiselvan karthikeyan kumaravel
manickam mohanraj muthukumar rajkumar sakthivel sankar saravana selvakumar senthilkumar
sivakumar shivakumar basavaraj sudeep puneeth rakshit raghavendra vijayakumar oommen antony

sourav saurav arindam abhijit debashish debasish subrata partha prasenjit amitava soumitra
satyajit rabindranath sukanta biswajit dipankar sudipto anirban indranil shubhankar anjan
arnab bappa debabrata goutam gautam hiranmoy jishu kaushik mainak mrinal nilanjan pinaki
pritam rajarshi ritwik saikat samrat sandipan santanu saptarshi shirshendu siddhartha subhas
sudip sujoy sumanta suvendu tathagata tirthankar uttam vitthal dattatray dnyaneshwar eknath
uddhav aaditya sambhaji shivaji tukaram vilas balasaheb pandurang ramdas sadashiv shantaram
vinayak vishwas pravin mandar ninad parag tanmay hardik jignesh mitesh paresh ketan chirag
dhaval hitesh jayesh kalpesh nikunj rajnikant bhavesh yatin alpesh harbhajan ranjit jaswant
manmohan amarinder parkash gurdas sukhbir bhagwant surjit kartar jagmeet navtej balwant jual
sambit bishnu gyanendra birendra dipendra madhav khadga balen gagan mahinda gotabaya ranil
sajith anura maithripala lasith mahela kusal dasun wanindu pathum dhananjaya dimuth charith
chaminda nuwan upul sanath aravinda arjuna muttiah

imran nawaz shehbaz shahbaz bilawal asif zulfikar zulfiqar pervez pervaiz ayub babar shahid
waqar shoaib inzamam sarfaraz fakhar fawad kashif naveed nadeem tahir zafar zubair junaid
arshad asad atif farhan haroon khurram mohsin rizwan sajid saqib shahzad umair waqas zeeshan
shakeel aftab mushtaq iftikhar ijaz ishaq javed maqsood mehmood raheel asim ayaz abid adeel
afzal ahsan altaf aqeel asghar ashfaq azhar babur daniyal ejaz farooq fazal ghulam hafeez
imtiaz inam jahanzeb jamshed kaleem liaquat maqbool masood mubashir mudassar muneeb murtaza
naeem najam naseer nauman nisar obaid owais qaiser rameez rauf rehan riaz safdar sarmad
shafqat shahzaib shakir sharjeel sheheryar shehzad sikandar tanveer taimur taimoor waseem
yousaf zaheer zahid zain zohaib zulfi fazlur sirajul mahmood

shafiq mizanur habibur mahbub anisul aminul ziaur mujibur tarique sajeeb shakib mashrafe
mushfiqur mahmudullah mustafizur kamrul monirul nazrul shafiqul saiful ashraful rezaul jahid
masud rubel sumon abul alamgir ariful asaduzzaman azizul babul badiul delwar enamul fazlul
golam hafizur hannan helal humayun jashim jasim khairul liton mahbubur mainul mamun manik
masum mehedi milon mizan mofizul mominul moshiur motiur obaidul rabiul rafiqul raihan rakib
rashed rasel ripon sabbir salahuddin sarwar shafiul shahadat shahjahan shakil shamsul
shariful shibli shohel sohel tanvir taskin towhid zakir zillur mahfuz mofiz litton nayeem

budi agus joko bambang eko slamet wahyu bayu dedi hendra teguh susilo prabowo gibran anies
ganjar basuki jusuf sukarno suharto irwan arief rizky rizki fajar dimas rahmat mahfud yusril
airlangga luhut sandiaga wiranto moeldoko mahathir muhyiddin hishammuddin rafizi azmin faiz
haziq hariz iskandar ikhwan kamarul zainal zulkifli azman anuar nazri rosli saifuddin shafie
yusof ridwan taufiq andika ardi bagus darmawan dodi edy fadli galih gilang heru joni
kurniawan lukman prasetyo putra rizal rudy setiawan sigit sutrisno syahrul wawan yudi
mulyono hidayat hasyim badrul budiman cahyo fauzi firman gatot gunawan hendro jokowi marzuki
nanang purnomo rahmad ramli rusdi samsul sudarsono zulkarnain aminuddin fahmi faizal fikri
hafizuddin izzat khairuddin lokman nasruddin razali razif ridhuan rusli shahrir sharifuddin
tajuddin zahari arifin

bongbong rommel arnel jomar manny joselito jejomar panfilo benigno ninoy noynoy raffy
edgardo arnulfo dante crispin alvin jayson romualdo apolinario bienvenido bonifacio carlito
dindo herminio isagani jonjon macario manolo ramil reynante ronnie rustico sixto tirso
vergel willie zaldy jinggoy jovito sherwin piolo

somchai somsak prayut prayuth thaksin srettha chalerm chuan abhisit anutin prawit sondhi
somkid suthep surayud chatchart apichatpong tanawat thanakorn kittisak kittipong nattapong
pongsak pornchai weerapong chaiwat sakda sombat sunthorn pichai prasert prasit suchart
surachai wichai anan niran thanathorn piyabutr thanom kriangsak chatichai banharn chavalit
samak bhumibol vajiralongkorn pridi plaek phibun adul apirak arkhom banyat chamlong chanchai
chuwit jatuporn kasit korn nipon noppadon pansak pracha prasong prajak sanan somyot sonthi
sutham suwat teerapat thawatchai uthai wissanu wittaya yongyuth amnuay anupong apirat
chalermchai natthaphon natthawut thanasak

tuan tuấn duc đức quang cuong cường huy dat đạt phong trung thang thắng kien kiên khoa phuc
phúc luân quoc quốc toan toàn trong trọng manh mạnh nghia nghĩa thinh thịnh tung tùng chien
chiến hiep hiệp khang thien thiện chinh chính

jianguo jianjun jianhua guoqiang zhiqiang jianping dawei xiaoming xiaolong zhiwei weidong
jinping keqiang xiaoping zemin jintao qishan huning haoran zihao haoyu yuhang junjie jiahao
zhihao guohua guoliang zhiming jianming weiguo hongwei xiaodong jiancheng jianxin jianwei
jianzhong jianxiong zhigang zhiyong zhijun guoping guodong guojun wenbin wenhao wenlong
xiaobo xiaogang xiaohu xiaochuan xiaoqiang xiaoyong yongqiang yonggang yongming yongsheng
zhenguo zhengang chengzhi deming dezhi delong dongsheng dongming fuqiang gangfeng haibo
haitao haifeng hongbin hongjun hongliang hongtao jiabao jinlong jinming kaiming liqiang
mingliang mingzhi ruiqing shaoqing shenglong tianming weijie weiming weiqiang xuedong
yaobang yunfeng zhaoxing ziyang shui-bian shuibian ying-jeou yingjeou teng-hui tenghui
ching-kuo chingkuo ching-te chingte chee-hwa cheehwa wenliang zhengsheng jiechi

hiroshi takeshi kenji haruto daiki kenta takashi satoshi kazuo ichiro shinzo taro yoshihide
fumio shigeru junichiro yoshihiko naoto yukio shinjiro toshihiro koichi hiroyuki yoshiro
masahiro masayoshi akio akira tadashi osamu isamu minoru susumu tsutomu yutaka hideo hideki
hayato hiroto hiroki kazuki kazuya kaito keisuke kenichi kensuke koji kotaro masaki masato
masaru nobuyuki nobuo ryota ryosuke ryuji ryunosuke shunsuke sho shohei sota souta takuya
takumi tatsuya tetsuya tomoya toshiki tsuyoshi yoshio yoshiaki yosuke yuta yuto yuya yusuke
yuichi yuji daisuke goro jiro saburo hajime haruki hidetoshi keita kosuke manabu masahiko
masaya mitsuo noboru norio ryuichi seiji shinji shinichi shuichi takao takeo toru toshio
yasuo yasuhiro yoichi yoshinori yoshikazu naoki riku shigeo akihiko akihiro atsushi eiji
genji hideyuki hisashi isao junji junpei kazuhiko kazuhiro kazunori keiji keigo kenjiro
kentaro kiyoshi koichiro kunio mamoru masanori masao masashi masayuki michio mitsuru motoki
nobuhiro ryohei ryuta satoru seiichi shingo shintaro shiro shoji shuhei shunichi sohei
sosuke takahiro takayuki takuma tatsuo tatsuro teppei tetsuo tetsuro tomohiro tomoaki
toshiaki toshiyuki yasushi yoshiyuki yuichiro yukihiro yusei katsuya taku hirokazu naohiro
kohei yoshihisa

min-jun minjun seo-jun seojun do-yun doyun ye-jun yejun si-woo siwoo ha-jun hajun joo-won
joowon ji-ho jiho ji-hoon jihoon jun-seo junseo hyun-woo hyunwoo jae-in jaein jae-yong
jaeyong suk-yeol sukyeol myung-bak myungbak moo-hyun moohyun dae-jung daejung jong-un jongun
jong-il jongil il-sung ilsung sung-ho sungho seong-ho seongho young-soo youngsoo young-ho
youngho jae-hyun jaehyun dong-hyun donghyun sung-min sungmin jin-woo jinwoo jae-won jaewon
sang-woo sangwoo jung-ho jungho ji-sung jisung heung-min heungmin jae-myung jaemyung kang-in
kangin min-jae minjae ui-jo uijo woo-young wooyoung byung-hun byunghun chul-soo chulsoo
dong-hoon donghoon dong-won dongwon dong-wook dongwook gun-woo gunwoo hyun-sik hyunsik
hyun-jun hyunjun in-soo insoo jae-ho jaeho jae-hoon jaehoon jae-suk jaesuk jae-wook jaewook
jong-hoon jonghoon jong-min jongmin jong-kook jongkook jong-su jongsu jun-ho junho jun-young
junyoung kwang-soo kwangsoo kyung-soo kyungsoo min-ho minho min-seok minseok min-woo minwoo
myung-soo myungsoo nam-joon namjoon sang-hoon sanghoon sang-min sangmin sang-jin sangjin
sang-chul sangchul seung-woo seungwoo seung-hoon seunghoon seung-hyun seunghyun sung-jin
sungjin sung-hoon sunghoon sung-soo sungsoo sung-woo sungwoo tae-hyun taehyun tae-woo taewoo
tae-ho taeho tae-yong taeyong woo-jin woojin won-ho wonho yong-hwa yonghwa young-chul
youngchul yong-jun yongjun yoon-seok yoonseok hyun-bin hyunbin doo-hwan doohwan young-sam
youngsam kyu-hah kyuhah chung-hee chunghee seung-man seungman hae-chan haechan nak-yon
nakyon jun-pyo junpyo dong-young dongyoung chan-ho chanho kwang-hyun kwanghyun suk-hyun
sukhyun jae-moon jaemoon do-hyun dohyun geon-woo geonwoo gun-hee gunhee ye-chan yechan
jeong-woo jeongwoo hyun-seok hyunseok jin-ho jinho kyung-ho kyungho yun-ho yunho yu-seong
yuseong young-jun youngjun ha-joon hajoon jae-sung jaesung byung-chul byungchul chang-ho
changho ki-young kiyoung dong-hwa donghwa hee-sung heesung ki-hoon kihoon kyu-ho kyuho
seok-jin seokjin nam-gil namgil

baraka hassani rashidi mussa athumani omari bakari hamisi issa jabari jelani zuberi jakaya
raila kalonzo musalia rigathi kithure mwai jomo yoweri muhoozi idi wycliffe waswa eliud
kiprono kipruto kipkemboi kiplagat kipsang kiprotich kiptoo kipkoech kipkorir kipngetich
kiprop geoffrey fredrick kelvin moses boniface cyprian erastus ezekiel festus josphat kibet
obadiah hosea isaiah mathew faustin jean-bosco theoneste

abebe haile abiy meles hailemariam kebede tesfaye getachew girma alemayehu bekele dawit
yohannes tewodros mulugeta berhanu tadesse mengistu tamrat tekle tesfay gebre gebremedhin
gebru amanuel biniam bereket ephrem eyob fasil fikre getahun kenenisa kassahun kidane
mekonnen mesfin mulatu negash negussie seyoum shimelis sileshi tefera teferi workneh yared
yonas zerihun asfaw ayele birhanu demeke debretsion jawar merera shimeles yilma isaias
yemane ghirmay habtom mebrahtu tekeste kibrom filmon robel samson semere mehari tesfamariam
abraham henok kirubel natnael nahom yitbarek tilahun tsegaye wondwossen gebreegziabher
gebremariam gebreselassie menelik tewolde woldemariam hailu alemu

tunde babatunde olusegun segun femi kunle adewale wale adebayo ademola akinwumi ayodeji dapo
gbenga kayode lanre lekan niyi olumide rotimi kolawole olawale oluwafemi bamidele bayo dele
deji jide oladele olatunji wole adekunle akintunde babajide chinedu emeka chukwudi ifeanyi
obinna chukwuemeka chibuike chijioke chukwuma ebuka ejike ikechukwu ikenna nnamdi obiora
okechukwu ugochukwu chukwuka azubuike chinua kanayo ndubuisi nnaemeka okey osita yakubu
umaru abubakar sani aliyu nuhu aminu atiku shehu kabiru lamido nura rabiu salisu tijani
jibrin muhammadu murtala dahiru abdulsalami adamu auwal bala dauda gambo habibu hamisu kasim
mamman nasiru kashim shuaibu tanko zubairu ahmadu bukar modu babagana goodluck nyesom ovie

kwame kofi kwaku kwadwo kojo kwabena kobina kwasi kwesi yaw ekow kweku kwamena kwamina fiifi
kodjo komla kossi kwami mawuli edem kwaw mamadou oumar amadou ibrahima boubacar abdoulaye
modou souleymane alassane seydou bakary lamine sekou sékou mahamadou issouf idrissa aliou
babacar pape macky abdou assane birame demba malick saliou lansana moctar ismaila tidiane
dramane lassina yacouba karamoko siaka zoumana salif salifou aboubacar roch kalidou sadio

sipho thabo themba bongani sibusiso mandla siyabonga thabiso tshepo kabelo bheki jabulani
sifiso sandile sizwe mzwandile mthunzi nkosinathi senzo sello thulani vusi xolani zweli
kgalema gwede mmusi jaco riaan hennie deon danie eben morné morne schalk emmerson hakainde
bingu saulos lazarus zwelinzima zwelithini mangosuthu mcebisi mxolisi mzukisi phumlani
thembinkosi velaphi vuyani andries stephanus petrus marthinus christo tinus kobus koos
""".split())
