"""Spanish held-out samples (invented): rejections in many styles and hard negatives."""

from bench.heldout import Sample as S

SAMPLES = [
    S(
        "rejection",
        "short ATS template",
        "Tu candidatura en Brisa Labs",
        "Brisa Labs <no-reply@brisalabs.recruitee.com>",
        """Hola Sam,

Gracias por tu interés en Brisa Labs. Hemos revisado tu perfil y, por ahora, no vamos a
avanzar con tu candidatura para el puesto de Desarrollador Frontend.

Un saludo,
Equipo de Brisa Labs""",
    ),
    S(
        "rejection",
        "warm after interview",
        "Sobre tu proceso con nosotros",
        "Lucía Ferrer <lucia.ferrer@olivar-consultores.example>",
        """Hola Sam,

Quería escribirte personalmente después de la entrevista final. Al equipo le gustó mucho
conversar contigo, pero finalmente nos hemos decantado por otra persona con más experiencia
en auditoría bancaria.

Sé que no es la noticia que esperabas. Si te sirve, te cuento con gusto los comentarios del
equipo en una llamada corta.

Un abrazo,
Lucía""",
    ),
    S(
        "rejection",
        "position filled",
        "Tu solicitud",
        "Grupo Marea RRHH <rrhh@grupomarea.example>",
        """Estimado Sam:

Te agradecemos tu interés en la posición de Técnico de Mantenimiento. Te informamos de que
la vacante ya ha sido cubierta.

Guardaremos tu currículum en nuestra base de datos para futuros procesos.

Atentamente,
Recursos Humanos""",
    ),
    S(
        "rejection",
        "role cancelled",
        "Actualización sobre la vacante de Analista",
        "Diego Salas <diego.salas@fintera.example>",
        """Hola Sam,

Por cambios en el presupuesto, la empresa ha decidido cancelar la contratación para el
puesto de Analista de Riesgos, por lo que cerramos el proceso de selección.

Lamentamos las molestias y te deseamos mucho éxito.

Diego""",
    ),
    S(
        "rejection",
        "not selected, HTML",
        "Resultado del proceso de selección",
        "Seguros Altamar <empleo@altamar.example>",
        """Estimado/a candidato/a:

Queremos agradecerte el tiempo dedicado a nuestro proceso de selección para el puesto de
Gestor Comercial.

Lamentablemente, en esta ocasión tu candidatura no ha sido seleccionada para continuar en
el proceso.

Te deseamos mucha suerte en tu búsqueda profesional.

Equipo de Selección""",
        html=True,
    ),
    S(
        "rejection",
        "agency on behalf of client",
        "Feedback de nuestro cliente",
        "Marta Ibáñez <marta@talentoazul.example>",
        """Hola Sam,

Nuestro cliente ya revisó los perfiles presentados para la posición de Jefe de Almacén y ha
preferido seguir con candidatos que tienen experiencia en el sector farmacéutico.

Te tendré presente para próximas oportunidades.

Saludos,
Marta
Talento Azul Consultoría""",
    ),
    S(
        "rejection",
        "reply with quote",
        "RE: Consulta sobre mi candidatura",
        "Pablo Ruiz <pablo.ruiz@cervezasnorte.example>",
        """Hola Sam,

Gracias por escribir. Siento decirte que el proceso ha terminado y hemos elegido a otro
candidato para el puesto.

Un saludo,
Pablo""",
        quoted="""Hola Pablo,

Quería saber si hay novedades sobre mi candidatura para el puesto de Brand Manager.

Gracias,
Sam""",
    ),
    S(
        "rejection",
        "does not match profile",
        "Tu candidatura - Ingeniero de Datos",
        "Nubia Tech <talento@nubiatech.example>",
        """Hola Sam,

Gracias por postularte. Tras analizar tu perfil con detenimiento, hemos concluido que no
encaja con los requisitos del puesto en este momento.

Te animamos a seguir atento a nuestras ofertas.

Equipo de Talento de Nubia""",
    ),
    S(
        "rejection",
        "neutral subject, keep on file",
        "Actualización",
        "Hoteles Costaluz <seleccion@costaluz.example>",
        """Estimado Sam:

Le agradecemos su participación en el proceso para Recepcionista. Sentimos comunicarle que
hemos decidido no continuar con su candidatura.

Conservaremos sus datos para futuras vacantes que se ajusten a su perfil.

Atentamente,
Departamento de Personas""",
    ),
    S(
        "rejection",
        "will not move forward, usted",
        "Su solicitud para Contable Senior",
        "Almacenes Roble <empleo@roble.myworkday.com>",
        """Estimado Sam Rivera:

Gracias por su interés en Almacenes Roble. Después de revisar su solicitud, hemos decidido
no seguir adelante con ella para el puesto de Contable Senior.

Atentamente,
Adquisición de Talento""",
    ),
    # --- hard negatives ------------------------------------------------------------------------
    S(
        "application_received",
        "confirmation with lamentablemente",
        "Hemos recibido tu candidatura",
        "Brisa Labs <no-reply@brisalabs.recruitee.com>",
        """Hola Sam,

¡Gracias por tu candidatura! Hemos recibido tu solicitud para Desarrollador Frontend.
Lamentablemente recibimos muchas solicitudes y no podemos responder a todas de forma
individual, pero revisaremos tu perfil con atención.

Equipo de Brisa Labs""",
    ),
    S(
        "interview",
        "invitation",
        "Entrevista - Analista de Riesgos",
        "Diego Salas <diego.salas@fintera.example>",
        """Hola Sam,

Nos gustaría invitarte a una entrevista por videollamada para el puesto de Analista de
Riesgos. ¿Qué disponibilidad tienes el martes o el miércoles?

Diego""",
    ),
    S(
        "interview",
        "reschedule",
        "Cambio de hora",
        "Lucía Ferrer <lucia.ferrer@olivar-consultores.example>",
        """Hola Sam,

Lamentablemente tenemos que reprogramar la entrevista de mañana. ¿Te vendría bien el
viernes a las 12:00?

Disculpa las molestias,
Lucía""",
    ),
    S(
        "offer",
        "offer",
        "¡Oferta para el puesto de Brand Manager!",
        "Pablo Ruiz <pablo.ruiz@cervezasnorte.example>",
        """Hola Sam,

Nos complace ofrecerte el puesto de Brand Manager en Cervezas Norte. Te adjuntamos la carta
oferta con las condiciones salariales y la fecha de incorporación.

Pablo""",
    ),
    S(
        "other",
        "job alert",
        "Nuevas ofertas de empleo para ti",
        "Empleo Ya <alertas@empleoya.example>",
        """Hola Sam,

Tenemos 5 nuevas ofertas que coinciden con tu alerta de empleo:

Analista de Datos - Nubia Tech
Desarrollador Backend - Brisa Labs""",
        headers=(("List-Unsubscribe", "<mailto:baja@empleoya.example>"),),
    ),
    S(
        "other",
        "rental rejection",
        "Piso en calle Olmo",
        "Inmobiliaria Sol <info@inmosol.example>",
        """Hola Sam,

Gracias por visitar el piso de la calle Olmo. Lamentablemente el propietario ha elegido a
otro inquilino, así que no podemos seguir adelante con tu solicitud de alquiler.

Inmobiliaria Sol""",
    ),
    S(
        "other",
        "scholarship rejection",
        "Resolución de la convocatoria de becas",
        "Fundación Horizonte <becas@fundhorizonte.example>",
        """Estimado Sam:

Lamentamos comunicarle que su solicitud de beca no ha sido seleccionada en esta
convocatoria debido al elevado número de solicitudes.

Fundación Horizonte""",
    ),
    S(
        "other",
        "app store rejection",
        "Tu app ha sido rechazada",
        "Revisión de Apps <no-reply@appreview.example>",
        """Hola,

Hemos revisado tu app Recetario 1.4 y lamentablemente no cumple con las directrices de
revisión de la tienda. Corrige los problemas indicados y vuelve a enviarla.

Equipo de Revisión""",
    ),
    S(
        "application_received",
        "still reviewing",
        "Estado de tu candidatura",
        "Grupo Marea RRHH <rrhh@grupomarea.example>",
        """Hola Sam,

Te escribimos para contarte que seguimos revisando candidaturas para el puesto de Técnico de
Mantenimiento. Te daremos una respuesta en las próximas dos semanas.

Recursos Humanos""",
    ),
    S(
        "other",
        "recruiter outreach",
        "Oportunidad como Tech Lead",
        "Andrés Molina <andres@headhunt-iberia.example>",
        """Hola Sam,

He visto tu perfil y creo que encajarías muy bien en una posición de Tech Lead para una
startup de logística. ¿Estarías abierto a una llamada esta semana?

Andrés""",
    ),
]
